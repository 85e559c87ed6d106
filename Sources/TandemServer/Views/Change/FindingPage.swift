import Foundation
import Plot
import TandemCore

/// One finding with the comments and quotes behind it, and comments coded
/// with its themes that could be added.
enum FindingPage {
    struct EvidenceRow: Sendable {
        let itemID: UUID
        let linkID: UUID?
        let text: String
        let isQuote: Bool
        let mayQuote: Bool
        let quotable: Bool
        let scope: ConsentScope
        let sentiment: SentimentClass?
    }

    struct Model {
        let header: ProjectHeader
        let id: UUID
        let summary: FindingSummary
        let evidence: [EvidenceRow]
        let candidates: [EvidenceRow]
        let canEdit: Bool
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Finding", project: model.header, section: .findings, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Findings", href: SiteURL.project(.value(model.header.id), .findings).path)],
            Blocks.lead(model.summary.statement),
            summaryList([
                SummaryRow("Themes", text: model.summary.themes.joined(separator: ", ")),
                SummaryRow("Comments in support", text: String(model.summary.evidence)),
                SummaryRow("Quotes", text: String(model.summary.quotes)),
            ]),
            Blocks.heading("The evidence behind it", level: 2, size: "m"),
            model.evidence.isEmpty
                ? Blocks.inset(Blocks.paragraph("No comments added yet."))
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.evidence) { row in
                        .li(
                            .class("tandem-evidence-row"),
                            element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                            .p(
                                .class("nhsuk-body-s"),
                                row.isQuote
                                    ? Blocks.tag("Quote", colour: "green") : Blocks.tag("Supporting comment", colour: "grey"),
                                " ",
                                link("Open the comment", href: SiteURL.feedbackItem(.value(row.itemID)).path)),
                            model.canEdit
                                ? row.linkID.map { linkID in
                                    postForm(
                                        action: SiteURL.finding(.value(model.id), .removeEvidence(.value(linkID))).path,
                                        csrf: context.csrf,
                                        Buttons.submit("Take this comment off the finding", style: .secondary, small: true))
                                } ?? .empty : .empty)
                    }),
            model.canEdit ? candidates(model, csrf: context.csrf) : .empty)
    }

    private static func candidates(_ model: Model, csrf: String) -> Markup {
        .group(
            Blocks.heading("Comments coded with these themes", level: 2, size: "m"),
            Blocks.paragraph(
                "Add the ones that support the finding. A comment can be a quote only when a coder marked it quotable and the person who gave it agreed to it being published."
            ),
            model.candidates.isEmpty
                ? Blocks.inset(Blocks.paragraph("No other coded comments have these themes."))
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.candidates) { row in
                        let fieldID = "item-\(row.itemID.uuidString.prefix(8).lowercased())"
                        let error = model.errors[fieldID]
                        return .li(
                            .classes("tandem-evidence-row", error == nil ? nil : "nhsuk-form-group--error"), .id(fieldID),
                            element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                            error.map {
                                .span(
                                    .class("nhsuk-error-message"), .span(.class("nhsuk-u-visually-hidden"), "Error: "), .plain($0)
                                )
                            } ?? .empty,
                            .p(.class("nhsuk-body-s"), .plain(quoteStatus(row))),
                            postForm(
                                action: SiteURL.finding(.value(model.id), .evidence).path, csrf: csrf,
                                FormField.hidden("item", row.itemID.lowercasedString),
                                Buttons.group(
                                    Buttons.submit("Add as evidence", style: .secondary, small: true),
                                    row.mayQuote
                                        ? Buttons.submit(
                                            "Add as a quote", style: .secondary, name: "quote", value: "yes", small: true)
                                        : .empty)))
                    }))
    }

    private static func quoteStatus(_ row: EvidenceRow) -> String {
        if row.mayQuote { return "Quotable, and may be published." }
        if row.scope != .public { return "Not for publication: \(row.scope.label.lowercased())." }
        return "Not marked quotable."
    }
}
