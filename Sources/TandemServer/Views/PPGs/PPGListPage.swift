import Foundation
import Plot
import TandemCore
import Vapor

/// The ICB view: every practice grouped by PCN, with its PPG's status, last meeting and this
/// quarter's health check; filters and a CSV of the same.
enum PPGListPage {
    struct Search: Content, Sendable, Equatable {
        var q: String?
        var pcn: String?
        var status: String?
        var health: String?

        var filters: PPGOverview.Filters {
            .init(q: q, pcn: pcn.flatMap { UUID(uuidString: $0) }, status: status, health: health)
        }

        func query(page: Int? = nil) -> [(String, String?)] {
            [("q", q), ("pcn", pcn), ("status", status), ("health", health), ("page", page.map(String.init))]
        }
    }

    struct PCN: Sendable {
        let id: UUID
        let name: String
    }

    struct Model {
        let search: Search
        let rows: [PPGOverview.Row]
        let pagination: Pagination
        let withPPG: Int
        let practices: Int
        let pcns: [PCN]
        let mayAdd: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let search = model.search
        let groups = Dictionary(grouping: model.rows, by: \.pcn).sorted { $0.key < $1.key }
        return Layout.page(
            title: "Patient Participation Groups", context: context, breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Patient Participation Groups"),
                Blocks.paragraph(
                    "Every GP practice with its PPG: how it stands, when it last met, and this quarter's health check against the four success criteria."
                ),
                Buttons.group(
                    model.mayAdd ? Buttons.link("Add a PPG", href: SiteURL.newPPG.path) : .empty,
                    model.mayAdd
                        ? Buttons.link("Import registered patients", href: SiteURL.populations.path, style: .secondary) : .empty,
                    Buttons.link("Needs across the ICB", href: SiteURL.ppgNeeds.path, style: .secondary),
                    model.mayAdd ? Buttons.link("Buddy scheme", href: SiteURL.buddies.path, style: .secondary) : .empty,
                    model.mayAdd
                        ? Buttons.link("Self-assessment wording", href: SiteURL.ppgQuestionnaire.path, style: .secondary)
                        : .empty,
                    Buttons.link("Download as CSV", href: SiteURL.ppgsExport.path(query: search.query()), style: .secondary)),
                getForm(
                    action: SiteURL.ppgs.path,
                    .div(
                        .class("tandem-filters"),
                        FormField.text("q", label: "Practice name or code", value: search.q, type: "search"),
                        FormField.select(
                            "pcn", label: "PCN", options: model.pcns.map { .init(value: $0.id.lowercasedString, label: $0.name) },
                            selected: search.pcn, blankLabel: "Any"),
                        FormField.select(
                            "status", label: "PPG status",
                            options: PPGStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) }
                                + [.init(value: "none", label: "No PPG")],
                            selected: search.status, blankLabel: "Any"),
                        FormField.select(
                            "health", label: "Health check",
                            options: [.init(value: "fewer-than-2", label: "Fewer than 2 criteria met")],
                            selected: search.health, blankLabel: "Any"),
                        Buttons.submit("Filter", style: .secondary))),
                Blocks.paragraph(
                    "\(counted(model.practices, "practice", "practices")) shown, \(model.withPPG) with a PPG."),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No practices match. Change the filters."))
                    : .group(groups.map { pcn, rows in table(pcn, rows) }),
                pagination(model.pagination, href: { SiteURL.ppgs.path(query: search.query(page: $0)) }, noun: "practices")))
    }

    /// Written with `HTMLFragment`: the ICB view is measured under load (`bench/README.md`).
    static func table(_ pcn: String, _ rows: [PPGOverview.Row]) -> Markup {
        var html = HTMLFragment(capacity: 1_024 + 640 * rows.count)
        html.element("div", ("class", "nhsuk-table-container"), ("tabindex", "0"), ("role", "region"), ("aria-label", pcn)) {
            html in
            html.element("table", ("class", "nhsuk-table")) { html in
                html.element("caption", ("class", "nhsuk-table__caption nhsuk-table__caption--m")) { $0.text(pcn) }
                html.element("thead", ("class", "nhsuk-table__head")) { html in
                    html.element("tr", ("class", "nhsuk-table__row")) { html in
                        for heading in ["Practice", "PPG status", "Last meeting", "Health check", "Top need", "Buddy"] {
                            html.element("th", ("class", "nhsuk-table__header"), ("scope", "col")) { $0.text(heading) }
                        }
                    }
                }
                html.element("tbody", ("class", "nhsuk-table__body")) { html in
                    for row in rows { self.row(row, into: &html) }
                }
            }
        }
        return html.node
    }

    private static func row(_ row: PPGOverview.Row, into html: inout HTMLFragment) {
        html.element("tr", ("class", "nhsuk-table__row")) { html in
            html.element("td", ("class", "nhsuk-table__cell")) { html in
                if let id = row.ppgID {
                    html.element("a", ("href", SiteURL.ppg(.value(id)).path)) { $0.text(row.practice) }
                } else {
                    html.text(row.practice)
                }
                if let code = row.odsCode { html.element("span", ("class", "tandem-muted")) { $0.text(" \(code)") } }
            }
            html.element("td", ("class", "nhsuk-table__cell")) { html in
                let (label, colour) = row.status.map { ($0.label, $0.colour) } ?? ("No PPG", "white")
                html.element("strong", ("class", "nhsuk-tag nhsuk-tag--\(colour)")) { $0.text(label) }
            }
            html.element("td", ("class", "nhsuk-table__cell")) {
                $0.text(row.lastMeeting.map(CalendarDate.short) ?? (row.ppgID == nil ? "" : "None recorded"))
            }
            html.element("td", ("class", "nhsuk-table__cell")) { html in
                guard let met = row.met else { return }
                html.text("\(met) of 4 met ")
                html.element("span", ("class", "nhsuk-u-visually-hidden")) {
                    $0.text(
                        "("
                            + HealthCriterion.allCases.map { "\($0.shortLabel): \(row.outcomes[$0]?.label ?? "not checked")" }
                            .joined(separator: "; ") + ")")
                }
            }
            html.element("td", ("class", "nhsuk-table__cell")) { $0.text(row.topNeed?.label ?? "") }
            html.element("td", ("class", "nhsuk-table__cell")) { $0.text(row.buddy ?? "") }
        }
    }
}

/// Adding a PPG for a practice, or changing its details.
enum PPGFormPage {
    struct Model {
        /// nil while adding.
        let id: UUID?
        let name: String?
        let practices: [(id: UUID, name: String)]
        let form: PPGForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        let heading = model.id == nil ? "Add a PPG" : "Change the PPG's details"
        let action = model.id.map { SiteURL.ppg(.value($0), .edit) } ?? SiteURL.ppgs
        var crumbs = [Crumb(title: "PPGs", href: SiteURL.ppgs.path)]
        if let id = model.id, let name = model.name { crumbs.append(Crumb(title: name, href: SiteURL.ppg(.value(id)).path)) }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + heading, context: context, breadcrumbs: crumbs,
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(heading),
                    postForm(
                        action: action.path, csrf: context.csrf,
                        model.id == nil
                            ? FormField.select(
                                "practice", label: "GP practice",
                                options: model.practices.map { .init(value: $0.id.lowercasedString, label: $0.name) },
                                selected: input.practice, error: errors["practice"],
                                hint: "Practices that already have a PPG are not listed.", blankLabel: "Choose")
                            : .empty,
                        FormField.text(
                            "name", label: "Name", value: input.name, error: errors["name"],
                            hint: "For example: Market Street Surgery Patient Group"),
                        FormField.radios(
                            "format", legend: "How it meets",
                            options: PPGMeetingFormat.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.format, error: errors["format"], small: true),
                        FormField.text(
                            "frequency", label: "How often", value: input.frequency, error: errors["frequency"],
                            hint: "For example: every two months, on a Tuesday evening"),
                        FormField.date(
                            "started", legend: "When it started (optional)",
                            value: DateParts(
                                day: input.startedDay ?? "", month: input.startedMonth ?? "", year: input.startedYear ?? ""),
                            error: errors["started"], hint: "For example, 15 3 2019"),
                        FormField.text(
                            "lead", label: "The practice's lead for the PPG (optional)", value: input.lead, error: errors["lead"],
                            hint: "Their email address. They must already be in Tandem.", type: "email"),
                        FormField.textarea(
                            "how-to-join", label: "How to join", value: input.howToJoin, error: errors["how-to-join"],
                            hint: "Shown to the public in the PPG directory. Do not name members.", rows: 4, maxLength: 2_000),
                        Buttons.submit(model.id == nil ? "Add the PPG" : "Save the details")))))
    }
}
