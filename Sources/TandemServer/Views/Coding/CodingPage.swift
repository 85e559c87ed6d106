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
        /// The comment this person coded just before, which they may undo.
        var justSaved: UUID? = nil
        var codedToday = 0
        /// The skip list this comment was reached with, kept by an undo.
        var skip: String? = nil
    }

    static func render(_ model: Model, context: PageContext, errors: FormErrors) -> HTML {
        let suggestedIDs = Set(model.suggestions.themes.map(\.themeID))
        let others = model.themes.filter { !suggestedIDs.contains($0.id) }
        let codingHref = SiteURL.project(.value(model.header.id), .coding).path
        return ProjectFrame.page(
            "Code a comment", project: model.header, section: .coding, context: context, errors: errors,
            extraCrumbs: [Crumb(title: "Coding", href: codingHref)],
            savedLine(model, csrf: context.csrf),
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
                    "A theme's number (1 to 9, or two digits such as 1 then 2 for 12): tick or untick that theme",
                    "P, N or M: positive, negative, or neutral or mixed",
                    "Q: quotable or not",
                    "S: save and go to the next comment",
                    "K: skip this comment",
                ]),
                Blocks.paragraph("The keys work when the cursor is not in a text box.")))
    }

    /// One slim line instead of a banner: the last comment is saved (with undo), and today's count.
    private static func savedLine(_ model: Model, csrf: String) -> Markup {
        let today = "You have coded \(counted(model.codedToday, "comment", "comments")) today."
        guard let saved = model.justSaved else {
            return model.codedToday > 0 ? Blocks.paragraph(today, classes: "nhsuk-body-s tandem-saved") : .empty
        }
        return .div(
            .class("tandem-saved"), .attr("role", "status"),
            postForm(
                action: SiteURL.feedbackItem(.value(saved), .undoCoding).path, csrf: csrf,
                model.mode.map { FormField.hidden("mode", $0.rawValue) } ?? .empty,
                model.skip.map { FormField.hidden("skip", $0) } ?? .empty,
                element(
                    "p", .class("nhsuk-body-s nhsuk-u-margin-bottom-2"),
                    .strong("Coding saved."), " ", .plain(today), " ",
                    element(
                        "button", .class("tandem-link-button"), .attr("type", "submit"), "Undo",
                        .span(.class("nhsuk-u-visually-hidden"), " the coding of the last comment")))))
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
                        options: others.enumerated().map { index, theme in
                            FormField.Option(
                                value: theme.id.lowercasedString, label: "\(suggestionOptions.count + index + 1). \(theme.name)",
                                hint: theme.details.isEmpty ? nil : theme.details)
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
