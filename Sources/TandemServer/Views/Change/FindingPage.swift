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
        /// One page of the comments behind it, as searched.
        let evidence: [EvidenceRow]
        let evidencePages: Pagination
        /// One page of comments coded with its themes that could be added.
        let candidates: [EvidenceRow]
        let candidatePages: Pagination
        let candidatesCapped: Bool
        let listing: FindingController.Listing
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
                SummaryRow("Comments in support", text: model.summary.evidence.commaGrouped),
                SummaryRow("Quotes", text: model.summary.quotes.commaGrouped),
            ]),
            evidence(model, csrf: context.csrf),
            model.canEdit ? candidates(model, csrf: context.csrf) : .empty)
    }

    private static func href(_ model: Model, q: String? = nil, page: Int? = nil, cq: String? = nil, cpage: Int? = nil) -> String {
        let listing = model.listing
        return SiteURL.finding(.value(model.id)).path(query: [
            ("q", (q ?? listing.q).nonBlank), ("page", page.map(String.init)),
            ("cq", (cq ?? listing.cq).nonBlank), ("cpage", cpage.map(String.init)),
        ])
    }

    /// A search box that keeps the other list's search.
    private static func searchForm(_ model: Model, field: String, label: String, value: String, keep: (String, String)) -> Markup
    {
        element(
            "form", .attr("method", "get"), .attr("action", SiteURL.finding(.value(model.id)).path),
            .class("tandem-inline-search"),
            keep.1.isEmpty ? .empty : FormField.hidden(keep.0, keep.1),
            FormField.text(field, label: label, value: value, width: "20", spellcheck: true),
            Buttons.submit("Search", style: .secondary, small: true))
    }

    private static func evidence(_ model: Model, csrf: String) -> Markup {
        let searching = !model.listing.q.isEmpty
        return .group(
            Blocks.heading("The evidence behind it", level: 2, size: "m"),
            model.summary.evidence > EvidenceLibrary.pageSize || searching
                ? searchForm(
                    model, field: "q", label: "Search its comments", value: model.listing.q, keep: ("cq", model.listing.cq))
                : .empty,
            model.evidence.isEmpty
                ? Blocks.inset(Blocks.paragraph(searching ? "None of its comments has those words." : "No comments added yet."))
                : .group(
                    postForm(
                        action: SiteURL.finding(.value(model.id), .removeSeveral).path, csrf: csrf,
                        .ul(
                            .class("nhsuk-list"),
                            .forEach(model.evidence) { row in
                                .li(
                                    .class("tandem-evidence-row"),
                                    element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                                    .p(
                                        .class("nhsuk-body-s"),
                                        row.isQuote
                                            ? Blocks.tag("Quote", colour: "green")
                                            : Blocks.tag("Supporting comment", colour: "grey"),
                                        " ",
                                        link("Open the comment", href: SiteURL.feedbackItem(.value(row.itemID)).path)),
                                    model.canEdit
                                        ? row.linkID.map { tickBox(name: "links[]", value: $0, label: "Take this comment off") }
                                            ?? .empty : .empty)
                            }),
                        model.canEdit ? Buttons.submit("Take the ticked comments off the finding", style: .secondary) : .empty),
                    pagination(model.evidencePages, href: { href(model, page: $0) }, noun: "comments")))
    }

    /// A small NHS.UK checkbox for ticking a row to act on with others; `form` names the
    /// form it belongs to when it sits outside it.
    private static func tickBox(name: String, value: UUID, label: String, form: String? = nil) -> Markup {
        let id = "\(name.dropLast(2))-\(value.lowercasedString.prefix(8))"
        var attributes: [VoidAttribute] = [
            .value("class", "nhsuk-checkboxes__input"), .value("id", id), .value("name", name), .value("type", "checkbox"),
            .value("value", value.lowercasedString),
        ]
        if let form { attributes.append(.value("form", form)) }
        return .div(
            .class("nhsuk-checkboxes nhsuk-checkboxes--small"),
            .div(
                .class("nhsuk-checkboxes__item"), voidElement("input", attributes),
                element("label", .class("nhsuk-label nhsuk-checkboxes__label"), .attr("for", id), .plain(label))))
    }

    private static func candidates(_ model: Model, csrf: String) -> Markup {
        .group(
            Blocks.heading("Comments coded with these themes", level: 2, size: "m"),
            Blocks.paragraph(
                "Tick the ones that support the finding and add them together, or add one as a quote. A comment can be a quote only when a coder marked it quotable and the person who gave it agreed to it being published."
            ),
            searchForm(model, field: "cq", label: "Search these comments", value: model.listing.cq, keep: ("q", model.listing.q)),
            model.candidates.isEmpty
                ? Blocks.inset(
                    Blocks.paragraph(
                        model.listing.cq.isEmpty
                            ? "No other coded comments have these themes." : "None of these comments has those words."))
                : .group(
                    .ul(
                        .class("nhsuk-list"),
                        .forEach(model.candidates) { row in
                            let fieldID = "item-\(row.itemID.uuidString.prefix(8).lowercased())"
                            let error = model.errors[fieldID]
                            return .li(
                                .classes("tandem-evidence-row", error == nil ? nil : "nhsuk-form-group--error"), .id(fieldID),
                                element("blockquote", .class("tandem-quote"), .p(.plain(row.text))),
                                error.map {
                                    .span(
                                        .class("nhsuk-error-message"), .span(.class("nhsuk-u-visually-hidden"), "Error: "),
                                        .plain($0))
                                } ?? .empty,
                                .p(.class("nhsuk-body-s"), .plain(quoteStatus(row))),
                                // Ticked boxes belong to the "add the ticked" form below, by its id.
                                tickBox(
                                    name: "items[]", value: row.itemID, label: "Tick to add with others", form: "add-several"),
                                postForm(
                                    action: SiteURL.finding(.value(model.id), .evidence).path, csrf: csrf,
                                    FormField.hidden("item", row.itemID.lowercasedString),
                                    Buttons.group(
                                        Buttons.submit("Add as evidence", style: .secondary, small: true),
                                        row.mayQuote
                                            ? Buttons.submit(
                                                "Add as a quote", style: .secondary, name: "quote", value: "yes", small: true)
                                            : .empty)))
                        }),
                    postForm(
                        action: SiteURL.finding(.value(model.id), .evidence).path, csrf: csrf, .id("add-several"),
                        Buttons.submit("Add the ticked comments as evidence")),
                    pagination(
                        model.candidatePages, href: { href(model, cpage: $0) }, noun: "comments",
                        countedTo: model.candidatesCapped ? EvidenceLibrary.countCap : nil)))
    }

    private static func quoteStatus(_ row: EvidenceRow) -> String {
        if row.mayQuote { return "Quotable, and may be published." }
        if row.scope != .public { return "Not for publication: \(row.scope.label.lowercased())." }
        return "Not marked quotable."
    }
}
