import Foundation
import Plot
import TandemCore

/// Comments two people coded differently, waiting for the team to agree their coding.
enum DisagreementListPage {
    struct Row: Sendable {
        let itemID: UUID
        let text: String
        let agreed: [String]
        let disputed: [String]
        let feelingsDiffer: Bool
    }

    struct Model {
        let header: ProjectHeader
        let rows: [Row]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        return ProjectFrame.page(
            "Coding disagreements", project: model.header, section: .coding, context: context,
            extraCrumbs: [Crumb(title: "Coding", href: SiteURL.project(.value(id), .coding).path)],
            Blocks.paragraph(
                "When two people code the same comment differently, the team agrees its coding here. What each person chose is kept, so the codebook still shows how far coders agree on their own; the theme overview, the evidence library and findings use the agreed coding."
            ),
            model.rows.isEmpty
                ? Blocks.inset(
                    Blocks.paragraph(
                        "No disagreements to settle. When two people code the same comment differently, it shows here."))
                : .group(
                    Blocks.paragraph(
                        counted(model.pagination.totalItems, "comment to agree", "comments to agree"), classes: "nhsuk-body-l"),
                    .ul(
                        .class("nhsuk-list nhsuk-list--border"),
                        .forEach(model.rows) { row in
                            .li(
                                .blockquote(.class("tandem-quote"), .plain(row.text)),
                                summaryList([
                                    SummaryRow(
                                        "Both gave",
                                        text: row.agreed.isEmpty ? "No theme in common" : row.agreed.joined(separator: ", ")),
                                    SummaryRow(
                                        "Only one gave",
                                        text: row.disputed.isEmpty ? "None" : row.disputed.joined(separator: ", ")),
                                    SummaryRow("How it feels", text: row.feelingsDiffer ? "They differ" : "They agree"),
                                ]),
                                .p(
                                    link(
                                        "Agree the coding", href: SiteURL.feedbackItem(.value(row.itemID), .settle).path,
                                        hiddenSuffix: "of this comment")))
                        }),
                    pagination(
                        model.pagination,
                        href: { SiteURL.project(.value(id), .disagreements).path(query: [("page", String($0))]) },
                        noun: "comments")))
    }
}

/// Two or more people's codings of one comment side by side, and the form that agrees it.
enum SettleCodingPage {
    struct Coder: Sendable {
        let name: String
        let themes: Set<UUID>
        let sentiment: SentimentClass
    }

    struct Model {
        let header: ProjectHeader
        let itemID: UUID
        let text: String
        let coders: [Coder]
        /// The themes any coder gave: the choices for the agreed coding.
        let themes: [(id: UUID, name: String)]
        let settledAt: Date?
        let form: SettleCodingForm
    }

    static func render(_ model: Model, context: PageContext, errors: FormErrors) -> HTML {
        let id = model.header.id
        let chosen = Set(model.form.themes ?? [])
        return ProjectFrame.page(
            "Agree the coding", project: model.header, section: .coding, context: context, errors: errors,
            extraCrumbs: [
                Crumb(title: "Coding", href: SiteURL.project(.value(id), .coding).path),
                Crumb(title: "Coding disagreements", href: SiteURL.project(.value(id), .disagreements).path),
            ],
            .blockquote(.class("tandem-quote"), .plain(model.text)),
            model.settledAt.map {
                Blocks.inset(
                    Blocks.paragraph("The team agreed this coding on \(CalendarDate.long($0)). You can change what was agreed."))
            } ?? .empty,
            model.coders.count < 2
                ? Blocks.inset(
                    Blocks.paragraph(
                        "Fewer than two people have coded this comment, so there is nothing to agree yet."),
                    .p(link("Code this comment", href: SiteURL.feedbackItem(.value(model.itemID), .code).path)))
                : settle(model, chosen: chosen, context: context, errors: errors))
    }

    private static func settle(_ model: Model, chosen: Set<String>, context: PageContext, errors: FormErrors) -> Markup {
        .group(
            dataTable(
                caption: "What each person chose",
                columns: [.init(heading: "Theme")] + model.coders.map { .init(heading: $0.name) },
                rows: model.themes.map { theme in
                    [.plain(theme.name)] + model.coders.map { coder in .plain(coder.themes.contains(theme.id) ? "Yes" : "No") }
                } + [[.plain("How it feels")] + model.coders.map { .plain($0.sentiment.label) }]),
            postForm(
                action: SiteURL.feedbackItem(.value(model.itemID), .settle).path, csrf: context.csrf,
                FormField.checkboxes(
                    "themes", legend: "Which themes does the comment have?",
                    options: model.themes.map { .init(value: $0.id.lowercasedString, label: $0.name) }, selected: chosen,
                    error: errors["themes"], hint: "Themes both people gave are ticked. Tick the ones the team agrees on."),
                FormField.radios(
                    "sentiment", legend: "How does the comment feel?",
                    options: SentimentClass.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: model.form.sentiment, error: errors["sentiment"]),
                FormField.textarea(
                    "note", label: "Why (optional)", value: model.form.note, error: errors["note"],
                    hint: "For example: we agreed the comment is about the wait, not the medicines themselves.", rows: 3,
                    maxLength: 1_000),
                Buttons.submit("Agree this coding")))
    }
}
