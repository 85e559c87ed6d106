import Foundation
import Plot
import TandemCore

/// Every piece of evidence of a project or an organisation, with filters,
/// full-text search and pagination.
enum EvidenceLibraryPage {
    enum Owner {
        case project(ProjectHeader)
        case organisation(id: UUID, name: String)

        var path: String {
            switch self {
            case .project(let header): SiteURL.project(.value(header.id), .evidence).path
            case .organisation(let id, _): SiteURL.organisation(.value(id), .evidence).path
            }
        }
    }

    struct Row: Sendable {
        let id: UUID
        let text: String
        let method: EvidenceMethod
        let occurredOn: Date?
        let service: String?
        let rating: Int?
        let project: (id: UUID, title: String)?
    }

    struct Model {
        let owner: Owner
        let rows: [Row]
        let input: EvidenceController.FilterInput
        let isFiltered: Bool
        let pagination: Pagination
        let capped: Bool
        /// Counts by method (a project's library).
        let counts: [EvidenceMethod: Int]?
        let canImport: Bool
        let errors: FormErrors
        /// The project's themes, to filter by (a project's library only).
        var themes: [FormField.Option] = []

        func query(page: Int?) -> [(String, String?)] {
            [
                ("q", input.q), ("method", input.method), ("source", input.source), ("from", input.from), ("to", input.to),
                ("theme", input.theme), ("sentiment", input.sentiment), ("coded", input.coded), ("rating", input.rating),
                ("service", input.service), ("page", page.map(String.init)),
            ]
        }
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let content: Markup = .group(
            model.canImport
                ? Buttons.link("Import feedback from a file", href: importPath(model.owner), style: .secondary) : .empty,
            counts(model),
            filterForm(model),
            results(model))
        switch model.owner {
        case .project(let header):
            return ProjectFrame.page(
                "Evidence", project: header, section: .evidence, context: context, errors: model.errors, content)
        case .organisation(let id, let name):
            return OrganisationFrame.page(
                "Evidence", organisation: (id, name), context: context, errors: model.errors,
                Blocks.paragraph("What patients, carers and staff have said in every project with \(name)."), content)
        }
    }

    private static func importPath(_ owner: Owner) -> String {
        if case .project(let header) = owner { return SiteURL.project(.value(header.id), .import).path }
        return ""
    }

    private static func counts(_ model: Model) -> Markup {
        guard let counts = model.counts, !counts.isEmpty else { return .empty }
        let methods = EvidenceMethod.allCases.filter { counts[$0, default: 0] > 0 }
        return Blocks.details(
            "Evidence by method (\(counts.values.reduce(0, +).commaGrouped) in all)",
            dataTable(
                caption: "Evidence by method", captionHidden: true,
                columns: [.init(heading: "Method"), .init(heading: "Pieces of evidence", numeric: true)],
                rows: methods.map { [.plain($0.label), .plain(counts[$0, default: 0].commaGrouped)] }))
    }

    private static func filterForm(_ model: Model) -> Markup {
        getForm(
            action: model.owner.path,
            .div(
                .class("tandem-filters"),
                FormField.text("q", label: "Search the words", value: model.input.q, width: "20", spellcheck: true),
                FormField.select(
                    "method", label: "Method",
                    options: EvidenceMethod.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: model.input.method, blankLabel: "All methods"),
                FormField.select(
                    "source", label: "From", options: EvidenceLibrary.sources.map { .init(value: $0.kind, label: $0.label) },
                    selected: model.input.source, blankLabel: "Anywhere"),
                FormField.text(
                    "from", label: "Given on or after", value: model.input.from, error: model.errors["from"],
                    hint: "For example, 1/4/2026", width: "10"),
                FormField.text(
                    "to", label: "Given on or before", value: model.input.to, error: model.errors["to"],
                    hint: "For example, 31/3/2027", width: "10"),
                model.themes.isEmpty
                    ? .empty
                    : FormField.select(
                        "theme", label: "Theme", options: model.themes, selected: model.input.theme,
                        error: model.errors["theme"], blankLabel: "Any theme"),
                FormField.select(
                    "sentiment", label: "How people felt",
                    options: SentimentClass.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: model.input.sentiment, error: model.errors["sentiment"], blankLabel: "Any"),
                FormField.select(
                    "coded", label: "Coded",
                    options: [.init(value: "yes", label: "Coded"), .init(value: "no", label: "Not coded yet")],
                    selected: model.input.coded, error: model.errors["coded"], blankLabel: "Either"),
                FormField.select(
                    "rating", label: "Rating",
                    options: (1...5).map { .init(value: String($0), label: ratingLabel($0)) },
                    selected: model.input.rating, error: model.errors["rating"], blankLabel: "Any rating"),
                FormField.text("service", label: "Service, ward or team", value: model.input.service, width: "10"),
                Buttons.submit("Search", style: .secondary)))
    }

    private static func results(_ model: Model) -> Markup {
        guard !model.rows.isEmpty else {
            return Blocks.inset(
                Blocks.paragraph(
                    model.isFiltered
                        ? "Nothing matches your search. Try fewer or different words, or remove a filter."
                        : "No evidence yet. It arrives from surveys, activities, stories and imported files."))
        }
        let total =
            model.capped ? "More than \(EvidenceLibrary.countCap.commaGrouped)" : model.pagination.totalItems.commaGrouped
        return .group(
            model.isFiltered
                ? .p(
                    .class("nhsuk-body-l"),
                    .strong(.plain("\(total) \(model.pagination.totalItems == 1 ? "piece" : "pieces") of evidence match")))
                : .empty,
            element(
                "ul", .class("nhsuk-list tandem-evidence-list"),
                EvidenceRows.markup(model.rows, terms: FeedbackSearch.terms(model.input.q ?? ""))),
            pagination(
                model.pagination, href: { model.owner.path + query(model, page: $0) }, noun: "pieces of evidence",
                countedTo: model.capped ? EvidenceLibrary.countCap : nil),
            model.capped
                ? Blocks.paragraph(
                    "Counting stops at \(EvidenceLibrary.countCap.commaGrouped), newest first; the pages go on to the oldest. Add words or filters to narrow it down.",
                    classes: "nhsuk-body-s") : .empty)
    }

    private static func query(_ model: Model, page: Int) -> String {
        let path = SiteURL.projects.path(query: model.query(page: page))
        return String(path.dropFirst(SiteURL.projects.path.count))
    }

    static func meta(_ row: Row) -> String {
        [row.method.label, row.occurredOn.map(CalendarDate.long), row.service, row.rating.map(ratingLabel)]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// Ratings follow the Friends and Family Test: 1 very good to 5 very poor, 6 don't know, 7 not given.
    static func ratingLabel(_ rating: Int) -> String {
        FriendsAndFamilyTest.answers.indices.contains(rating - 1) ? FriendsAndFamilyTest.answers[rating - 1] : "No rating given"
    }
}
