import Fluent
import FluentSQL
import Foundation
import SQLKit
import TandemCore

/// The evidence library's query: one page of feedback items for a project or
/// an organisation, filtered and searched, newest first, with a count that
/// stops at 1,000 so a broad search never counts a hundred thousand rows.
enum EvidenceLibrary {
    static let pageSize = 25
    /// Counting stops here: forty pages are plenty to read through, and
    /// beyond them the page asks for more words or filters instead.
    static let countCap = 1_000

    enum Owner: Sendable {
        case project(UUID)
        case organisation(UUID)
    }

    struct Filters: Sendable, Equatable {
        var search = ""
        var method: EvidenceMethod?
        var source: String?
        var from: Date?
        var to: Date?

        var terms: [String] { FeedbackSearch.terms(search) }
        var isFiltered: Bool { !terms.isEmpty || method != nil || source != nil || from != nil || to != nil }
    }

    struct Result: Sendable {
        let items: [FeedbackItem]
        let pagination: Pagination
        /// True when there are more matches than were counted.
        let capped: Bool
    }

    /// Where evidence came from, as filters offer it.
    static let sources: [(kind: String, label: String)] = [
        ("survey", "Surveys"), ("activity", "Activities"), ("story", "Stories"), ("import", "Imported files"),
    ]

    static func page(_ owner: Owner, filters: Filters, page: Int?, on db: any Database) async throws -> Result {
        let sql = db as! any SQLDatabase
        var scope = FeedbackSearch.Scope(method: filters.method, sourceKind: filters.source)
        switch owner {
        case .project(let id): scope.projectID = id
        case .organisation(let id): scope.organisationID = id
        }
        var dates: [SQLQueryString] = []
        if let from = filters.from { dates.append("i.occurred_on >= \(bind: from)") }
        if let to = filters.to { dates.append("i.occurred_on < \(bind: to.addingTimeInterval(86_400))") }
        let dateConditions = dates.isEmpty ? nil : dates.joined(separator: " AND ")

        // The count first: it decides which page numbers exist.
        func queries(offset: Int) -> (count: SQLQueryString, page: SQLQueryString) {
            let search = FeedbackSearch.Query(terms: filters.terms, scope: scope, dates: dateConditions, columns: columns, cap: countCap,
                                              limit: pageSize, offset: offset)
            if !filters.terms.isEmpty { return FeedbackSearch.index(for: db).searchQueries(search) }
            let body: SQLQueryString = "FROM feedback_items i WHERE \(FeedbackSearch.conditions(scope)) AND \(dateConditions ?? "1 = 1")"
            return ("SELECT COUNT(*) AS n FROM (SELECT 1 \(body) LIMIT \(unsafeRaw: String(countCap + 1))) AS c",
                    """
                    SELECT \(unsafeRaw: columns) \(body) ORDER BY i.created_at DESC, i.id DESC
                    LIMIT \(unsafeRaw: String(pageSize)) OFFSET \(unsafeRaw: String(offset))
                    """)
        }
        let counted = try await sql.raw(queries(offset: 0).count).first(decodingColumn: "n", as: Int.self) ?? 0
        let pagination = Pagination(page: page, perPage: pageSize, totalItems: min(counted, countCap))
        let rows = try await sql.raw(queries(offset: pagination.offset).page).all()
        let items = try rows.map { try $0.decode(model: FeedbackItem.self) }
        return Result(items: items, pagination: pagination, capped: counted > countCap)
    }

    /// Every stored field of a feedback item (and not PostgreSQL's search vector).
    private static let columns = EvidenceStore.columns.map { "i.\($0)" }.joined(separator: ", ")
}
