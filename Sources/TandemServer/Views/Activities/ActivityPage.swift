import Foundation
import Plot
import TandemCore

/// One activity: its details, its checklist scores and the evidence kept from it.
enum ActivityPage {
    struct Item: Sendable {
        let id: UUID
        let text: String
        let score: ChecklistScore?
        let comment: String
    }

    struct Evidence: Sendable {
        let id: UUID
        let text: String
        let scope: ConsentScope
    }

    struct Model {
        let header: ProjectHeader
        let id: UUID
        let title: String
        let kind: EvidenceMethod
        let heldOn: Date?
        let place: String
        let participants: Int?
        let notes: String
        let facilitators: [String]
        let checklistID: UUID?
        let checklistName: String?
        let items: [Item]
        let evidence: [Evidence]
        let canContribute: Bool
        let evidenceInput: ActivityEvidenceForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            model.title, project: model.header, section: .activities, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Activities", href: SiteURL.project(.value(model.header.id), .activities).path)],
            summaryList([
                SummaryRow("Kind", text: model.kind.label),
                SummaryRow("Date", text: model.heldOn.map(CalendarDate.long), empty: "Not set"),
                SummaryRow("Place", text: model.place, empty: "Not given"),
                SummaryRow("People who took part", text: model.participants.map(String.init), empty: "Not given"),
                SummaryRow("Run by", text: model.facilitators.joined(separator: ", "), empty: "Not given"),
                SummaryRow("Notes", text: model.notes, empty: "None"),
            ]),
            checklist(model, csrf: context.csrf),
            evidence(model, csrf: context.csrf))
    }

    private static func checklist(_ model: Model, csrf: String) -> Markup {
        guard let checklistID = model.checklistID else { return .empty }
        let heading = Blocks.heading("Checklist: \(model.checklistName ?? "")", level: 2, size: "m")
        let summaryLink = Markup.p(
            link("See this checklist across every visit", href: SiteURL.checklist(.value(checklistID)).path))
        guard model.canContribute else {
            return .group(
                heading,
                dataTable(
                    caption: "Checklist scores", captionHidden: true,
                    columns: [.init(heading: "Item"), .init(heading: "Found"), .init(heading: "Comment")],
                    rows: model.items.map { [.plain($0.text), .plain($0.score?.label ?? "Not scored"), .plain($0.comment)] }),
                summaryLink)
        }
        return .group(
            heading, summaryLink,
            postForm(
                action: SiteURL.activity(.value(model.id), .scores).path, csrf: csrf,
                .forEach(model.items) { item in
                    let key = item.id.lowercasedString
                    return .div(
                        .class("nhsuk-card"),
                        .div(
                            .class("nhsuk-card__content"),
                            FormField.radios(
                                "score-\(key)", legend: item.text,
                                options: ChecklistScore.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                selected: item.score?.rawValue, inline: true),
                            FormField.text("comment-\(key)", label: "Comment (optional)", value: item.comment)))
                },
                Buttons.submit("Save checklist scores")))
    }

    private static func evidence(_ model: Model, csrf: String) -> Markup {
        .group(
            Blocks.heading("Evidence from this activity", level: 2, size: "m"),
            model.evidence.isEmpty
                ? Blocks.paragraph("No quotes or notes kept yet.")
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.evidence) { item in
                        .li(
                            element("blockquote", .class("tandem-quote"), .p(.plain(item.text))),
                            .p(
                                .class("nhsuk-body-s"), "Who may read it: ", .plain(item.scope.label), " · ",
                                link("Open", href: SiteURL.feedbackItem(.value(item.id)).path, hiddenSuffix: "this evidence")))
                    }),
            model.canContribute
                ? postForm(
                    action: SiteURL.activity(.value(model.id), .evidence).path, csrf: csrf,
                    Blocks.heading("Keep a quote or note as evidence", level: 3, size: "s"),
                    FormField.textarea(
                        "text", label: "Quote or note", value: model.evidenceInput.text, error: model.errors["text"],
                        hint: "Write what was said in the person's own words where you can.", rows: 4),
                    FormField.radios(
                        "scope", legend: "Who may read it as it was said?",
                        options: ConsentScope.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.evidenceInput.scope ?? ConsentScope.team.rawValue, error: model.errors["scope"],
                        hint: "Everyone else on Tandem sees it with names and contact details taken out.", small: true),
                    Buttons.submit("Save as evidence", style: .secondary)) : .empty)
    }
}
