import Foundation
import Plot
import TandemCore

/// The heat map of PPGs by section (each cell coloured and with its score, 0 to 100) and the
/// needs ranked across the ICB.
enum PPGNeedsPage {
    struct Row {
        let ppgID: UUID
        let name: String
        let pcn: String
        let scores: [AssessmentSection: Int]
    }

    struct Need: Sendable {
        let need: SelfAssessment.Need
        let ppgs: [String]
    }

    /// The ranked needs and how many PPGs they were read from.
    struct Needs: Sendable {
        let assessed: Int
        let open: Int
        let needs: [Need]
    }

    struct Model {
        let rows: [Row]
        let pagination: Pagination
        let assessed: Int
        let needs: [Need]
    }

    /// Four bands, each a colour with enough contrast for the score written in it.
    static func band(_ score: Int) -> (css: String, words: String) {
        switch score {
        case ..<25: ("tandem-heat-1", "little in place")
        case ..<50: ("tandem-heat-2", "starting")
        case ..<75: ("tandem-heat-3", "mostly in place")
        default: ("tandem-heat-4", "fully or nearly")
        }
    }

    static func render(_ model: Model, mayPlan: Bool, context: PageContext) -> HTML {
        Layout.page(
            title: "PPGs' needs", context: context, breadcrumbs: [Crumb(title: "PPGs", href: SiteURL.ppgs.path)],
            content: .group(
                Blocks.heading("PPGs' needs"),
                Blocks.paragraph(
                    "From each PPG's latest self-assessment: each section scored from 0 (nothing in place) to 100 (everything fully in place). The lower the score, the more help the group needs there."
                ),
                Blocks.paragraph(
                    "Read from the latest self-assessments of \(counted(model.assessed, "PPG", "PPGs")).", classes: "nhsuk-body-s"
                ),
                Blocks.heading("Needs across the ICB", level: 2, size: "m"),
                model.needs.isEmpty
                    ? Blocks.paragraph("No needs yet: no PPG has said it has not begun or is starting on anything.")
                    : .ol(
                        .class("nhsuk-list nhsuk-list--number"),
                        .forEach(model.needs) { item in
                            .li(
                                .p(.class("nhsuk-u-margin-bottom-1"), .text(item.need.sentence)),
                                mayPlan
                                    ? .p(
                                        link(
                                            "Plan a workshop on this", href: workshopLink(item),
                                            hiddenSuffix: " (\(item.need.statement.text))")) : .empty)
                        }),
                Blocks.heading("Heat map", level: 2, size: "m"),
                Blocks.paragraph(
                    "Colours: red little in place (under 25), orange starting (25 to 49), yellow mostly (50 to 74), green fully or nearly (75 and over). Each cell also gives its score.",
                    classes: "nhsuk-body-s"),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No PPGs yet."))
                    : heatMap(model.rows),
                pagination(model.pagination, href: { SiteURL.ppgNeeds.path(query: [("page", String($0))]) }, noun: "PPGs")))
    }

    static func workshopLink(_ item: Need) -> String {
        SiteURL.ppgNeedWorkshop.path(query: [("need", item.need.statement.key)])
    }

    /// The new event's form for a workshop on a need, with the PPGs that have it invited.
    static func workshopForm(_ need: Need) -> EventForm {
        var form = EventForm()
        form.title = "Workshop: \(need.need.statement.text)"
        form.summary =
            "For PPGs working on \u{201C}\(need.need.statement.text)\u{201D}: share what works, and plan the next steps together."
        form.details = "Invited: \(need.ppgs.joined(separator: ", "))."
        form.kind = EventKind.workshop.rawValue
        form.audience = EventAudience.namedGroup.rawValue
        form.topics = "PPG support, \(need.need.statement.section.label)"
        form.capacity = String(max(10, need.ppgs.count * 2))
        return form
    }

    static func heatMap(_ rows: [Row]) -> Markup {
        var html = HTMLFragment(capacity: 512 + 256 * rows.count)
        html.element("div", ("class", "nhsuk-table-container"), ("tabindex", "0"), ("role", "region"), ("aria-label", "Heat map"))
        {
            html in
            html.element("table", ("class", "nhsuk-table tandem-heat-map")) { html in
                html.element("caption", ("class", "nhsuk-table__caption nhsuk-table__caption--s")) {
                    $0.text("Each PPG's latest self-assessment, by section (0 to 100)")
                }
                html.element("thead", ("class", "nhsuk-table__head")) { html in
                    html.element("tr", ("class", "nhsuk-table__row")) { html in
                        html.element("th", ("scope", "col"), ("class", "nhsuk-table__header")) { $0.text("PPG") }
                        for section in AssessmentSection.allCases {
                            html.element("th", ("scope", "col"), ("class", "nhsuk-table__header")) { $0.text(section.label) }
                        }
                    }
                }
                html.element("tbody", ("class", "nhsuk-table__body")) { html in
                    for row in rows {
                        html.element("tr", ("class", "nhsuk-table__row")) { html in
                            html.element("th", ("scope", "row"), ("class", "nhsuk-table__header")) { html in
                                html.element("a", ("href", SiteURL.ppg(.value(row.ppgID), .selfAssessment).path)) {
                                    $0.text(row.name)
                                }
                            }
                            for section in AssessmentSection.allCases {
                                if let score = row.scores[section] {
                                    let band = band(score)
                                    html.element("td", ("class", "nhsuk-table__cell \(band.css)")) { html in
                                        html.text(String(score))
                                        html.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text(" (\(band.words))") }
                                    }
                                } else {
                                    html.element("td", ("class", "nhsuk-table__cell")) { $0.text("No answer") }
                                }
                            }
                        }
                    }
                }
            }
        }
        return html.node
    }
}
