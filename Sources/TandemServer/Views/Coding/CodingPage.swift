import Foundation
import Plot
import TandemCore

/// One comment to code: its words and context, the suggested themes with how
/// sure the suggestion is, the rest of the codebook, sentiment and "quotable".
/// Every choice is one click, or one key (see tandem.js).
enum CodingPage {
    struct ThemeChoice: Sendable {
        let id: UUID
        let name: String
        let details: String
    }

    struct Model {
        let header: ProjectHeader
        let itemID: UUID
        let text: String
        let textView: TextView
        let source: (label: String, href: String?)
        let method: EvidenceMethod
        let question: String?
        let service: String?
        let occurredOn: Date?
        let rating: Int?
        let scope: ConsentScope
        let suggestions: ThemeSuggestions
        let themes: [ThemeChoice]
        let selected: Set<UUID>
        let sentiment: String
        let quotable: Bool
        let newTheme: String?
        let alreadyCodedByYou: Bool
        let codedByOthers: Int
        let mode: CodingQueue.Mode?
        /// The skip list to carry on with when this comment is skipped.
        let skipAfterThis: String
    }

    static func render(_ model: Model, context: PageContext, errors: FormErrors) -> HTML {
        let suggestedIDs = Set(model.suggestions.themes.map(\.themeID))
        let others = model.themes.filter { !suggestedIDs.contains($0.id) }
        let codingHref = SiteURL.project(.value(model.header.id), .coding).path
        return ProjectFrame.page(
            "Code a comment", project: model.header, section: .coding, context: context, errors: errors,
            extraCrumbs: [Crumb(title: "Coding", href: codingHref)],
            element(
                "blockquote", .class("tandem-quote tandem-quote--large"), .attr("id", "comment"),
                .forEach(model.text.split(whereSeparator: \.isNewline)) { .p(.plain(String($0))) }),
            EvidenceTextNote.markup(model.textView),
            summaryList([
                SummaryRow("From", model.source.href.map { link(model.source.label, href: $0) } ?? .plain(model.source.label)),
                SummaryRow("Question", text: model.question, empty: "Not recorded"),
                SummaryRow("Service", text: model.service, empty: "Not recorded"),
                SummaryRow("Given on", text: model.occurredOn.map(CalendarDate.long), empty: "Not recorded"),
                SummaryRow("Rating", text: model.rating.map(EvidenceLibraryPage.ratingLabel), empty: "Not recorded"),
                SummaryRow(
                    "May be published",
                    text: model.scope == .public ? "Yes, without personal details" : "No: \(model.scope.label.lowercased())"),
            ]),
            status(model),
            form(model, others: others, csrf: context.csrf, errors: errors),
            Blocks.details(
                "Keys for coding quickly",
                Blocks.bulletList([
                    "1 to 9: accept or undo the suggested theme with that number",
                    "P, N or M: positive, negative, or neutral or mixed",
                    "Q: quotable or not",
                    "S: save and go to the next comment",
                    "K: skip this comment",
                ]),
                Blocks.paragraph("The keys work when the cursor is not in a text box.")))
    }

    private static func status(_ model: Model) -> Markup {
        var lines: [String] = []
        if model.alreadyCodedByYou { lines.append("You have coded this comment before: saving replaces your coding.") }
        if model.codedByOthers > 0 {
            lines.append(
                model.codedByOthers == 1
                    ? "1 other person has coded it. Their coding is not shown, so your call is your own."
                    : "\(model.codedByOthers) other people have coded it. Their coding is not shown, so your call is your own.")
        }
        return lines.isEmpty ? .empty : Blocks.inset(.forEach(lines) { .p(.plain($0)) })
    }

    private static func form(_ model: Model, others: [ThemeChoice], csrf: String, errors: FormErrors) -> Markup {
        let suggestionOptions = model.suggestions.themes.enumerated().map { index, suggestion in
            FormField.Option(
                value: suggestion.themeID.lowercasedString,
                label: "\(index + 1). \(suggestion.name)",
                hint: "\(Int((suggestion.confidence * 100).rounded()))% sure")
        }
        let selected = Set(model.selected.map { $0.lowercasedString })
        let otherSelected = others.contains { model.selected.contains($0.id) }
        return postForm(
            action: SiteURL.feedbackItem(.value(model.itemID), .code).path, csrf: csrf,
            .attr("id", "coding-form"),
            model.mode.map { FormField.hidden("mode", $0.rawValue) } ?? .empty,
            FormField.hidden("skip", model.skipAfterThis),
            suggestionOptions.isEmpty
                ? .div(
                    .attr("id", "themes"),
                    Blocks.paragraph("No theme is suggested for this comment. Choose from the codebook below or add one."))
                : FormField.checkboxes(
                    "themes", legend: "Suggested themes", options: suggestionOptions, selected: selected,
                    error: errors["themes"],
                    hint: "Suggested by the \(model.suggestions.source.lowercased()). Tick each one that fits; leave the rest."),
            element(
                "details", .class("nhsuk-details"), .flag("open", otherSelected || suggestionOptions.isEmpty),
                element(
                    "summary", .class("nhsuk-details__summary"),
                    .span(.class("nhsuk-details__summary-text"), .plain("Other themes in the codebook (\(others.count))"))),
                .div(
                    .class("nhsuk-details__text"),
                    FormField.checkboxes(
                        "more", legend: "Other themes",
                        options: others.map {
                            FormField.Option(
                                value: $0.id.lowercasedString, label: $0.name, hint: $0.details.isEmpty ? nil : $0.details)
                        }, selected: selected, small: true))),
            FormField.text(
                "newTheme", label: "Or add a new theme to the codebook (optional)", value: model.newTheme,
                error: errors["newTheme"], hint: "For example: Interpreters and translated letters"),
            FormField.radios(
                "sentiment", legend: "How does the comment feel?",
                options: SentimentClass.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: model.sentiment, error: errors["sentiment"],
                hint:
                    "Suggested: \(model.suggestions.sentiment.sentiment.label.lowercased()) (\(Int((model.suggestions.sentiment.confidence * 100).rounded()))% sure)",
                inline: true),
            FormField.checkboxes(
                "quotable", legend: "Quotable",
                options: [
                    .init(
                        value: "yes", label: "This comment says something well and could be quoted",
                        hint: model.scope == .public
                            ? nil
                            : "It can be quoted inside the project, but not published: the person who gave it has not agreed to that."
                    )
                ], selected: model.quotable ? ["yes"] : []),
            Buttons.group(
                Buttons.submit(model.mode == nil ? "Save coding" : "Save and code the next comment"),
                model.mode.map { mode in
                    element(
                        "a", .attr("id", "skip-link"), .class("nhsuk-link"),
                        .attr(
                            "href",
                            SiteURL.project(.value(model.header.id), .codingNext).path(query: [
                                ("mode", mode.rawValue), ("skip", model.skipAfterThis),
                            ])),
                        .plain("Skip this comment"))
                } ?? .empty))
    }
}
