import Fluent
import FluentSQL
import Foundation
import SQLKit
import TandemCore

/// The evidence library's query: one page of feedback items for a project or
/// an organisation, filtered and searched, newest first, with a count that
/// stops at 10,000 so a broad search never counts a hundred thousand rows.
enum EvidenceLibrary {
    static let pageSize = 25
    static let countCap = 10_000

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
        var conditions: SQLQueryString
        switch owner {
        case .project(let id): conditions = "i.project_id = \(bind: id)"
        case .organisation(let id): conditions = "i.organisation_id = \(bind: id)"
        }
        if let method = filters.method { conditions += " AND i.method = \(bind: method.rawValue)" }
        if let source = filters.source { conditions += " AND i.source_kind = \(bind: source)" }
        if let from = filters.from { conditions += " AND i.occurred_on >= \(bind: from)" }
        if let to = filters.to { conditions += " AND i.occurred_on < \(bind: to.addingTimeInterval(86_400))" }

        let body: SQLQueryString, order: SQLQueryString
        if filters.terms.isEmpty {
            body = "FROM feedback_items i WHERE \(conditions)"
            order = "ORDER BY i.created_at DESC, i.id DESC"
        } else {
            (body, order) = FeedbackSearch.index(for: db).searchSQL(terms: filters.terms, filters: conditions)
        }

        let counted = try await sql.raw("SELECT COUNT(*) AS n FROM (SELECT 1 AS one \(body) LIMIT \(unsafeRaw: String(countCap + 1))) AS c")
            .first(decodingColumn: "n", as: Int.self) ?? 0
        let pagination = Pagination(page: page, perPage: pageSize, totalItems: min(counted, countCap))
        let rows = try await sql.raw("SELECT \(unsafeRaw: columns) \(body) \(order) LIMIT \(unsafeRaw: String(pageSize)) OFFSET \(unsafeRaw: String(pagination.offset))")
            .all()
        let items = try rows.map { try $0.decode(model: FeedbackItem.self) }
        return Result(items: items, pagination: pagination, capped: counted > countCap)
    }

    /// Every stored field of a feedback item (and not PostgreSQL's search vector).
    private static let columns = [
        "id", "project_id", "organisation_id", "contributor_id", "added_by_id", "method", "source_kind", "source_id", "text",
        "redacted_text", "occurred_on", "service", "rating", "question", "consent_scope", "fingerprint", "is_demo", "created_at",
    ].map { "i.\($0)" }.joined(separator: ", ")
}
