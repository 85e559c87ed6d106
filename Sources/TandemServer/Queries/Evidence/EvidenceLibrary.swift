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
        /// Comments coded with this theme (the theme overview links here).
        var themeID: UUID?
        var sentiment: SentimentClass?
        /// true: coded; false: not coded yet.
        var coded: Bool?
        var rating: Int?
        var service: String?
        /// Comments coded with any of these themes (a finding's candidates).
        var anyTheme: [UUID] = []
        /// Comments not already behind this finding.
        var notInFinding: UUID?

        var terms: [String] { FeedbackSearch.terms(search) }
        var isFiltered: Bool {
            !terms.isEmpty || method != nil || source != nil || from != nil || to != nil || themeID != nil || sentiment != nil
                || coded != nil || rating != nil || service != nil
        }

        /// Everything but the words and the scope, as conditions on the item (alias `i`).
        var conditions: SQLQueryString? {
            var all: [SQLQueryString] = []
            if let from { all.append("i.occurred_on >= \(bind: from)") }
            if let to { all.append("i.occurred_on < \(bind: to.addingTimeInterval(86_400))") }
            if let themeID {
                // As the theme overview counts them: the team's codings, not suggestions.
                all.append(
                    """
                    EXISTS (SELECT 1 FROM codings c WHERE c.feedback_item_id = i.id AND c.theme_id = \(bind: themeID)
                    AND c.coder_id IS NOT NULL AND NOT c.set_aside)
                    """)
            }
            if !anyTheme.isEmpty {
                let themes = anyTheme.map { "\(bind: $0)" as SQLQueryString }.joined(separator: ", ")
                all.append(
                    """
                    EXISTS (SELECT 1 FROM codings c WHERE c.feedback_item_id = i.id AND c.theme_id IN (\(themes))
                    AND c.coder_id IS NOT NULL AND NOT c.set_aside)
                    """)
            }
            if let notInFinding {
                all.append(
                    """
                    NOT EXISTS (SELECT 1 FROM finding_evidence fe WHERE fe.feedback_item_id = i.id
                    AND fe.finding_id = \(bind: notInFinding))
                    """)
            }
            if let sentiment { all.append("i.sentiment = \(bind: sentiment.rawValue)") }
            if let coded { all.append(coded ? "i.coded_at IS NOT NULL" : "i.coded_at IS NULL") }
            if let rating { all.append("i.rating = \(bind: rating)") }
            if let service { all.append("i.service = \(bind: service)") }
            return all.isEmpty ? nil : all.joined(separator: " AND ")
        }
    }

    /// What a library row shows of a feedback item: read straight from the
    /// row rather than through a full model, since a page lists many of them.
    struct Listed: QueryRow {
        let id: UUID
        let projectID: UUID
        let method: EvidenceMethod
        let text: String
        let redactedText: String
        let consentScope: ConsentScope
        let occurredOn: Date?
        let service: String?
        let rating: Int?
        let createdAt: Date

        typealias Column = FeedbackItemColumn
        static let columns: [Column] = [
            .id, .projectID, .method, .text, .redactedText, .consentScope, .occurredOn, .service, .rating, .createdAt,
        ]

        init(_ row: QueryRowReader<Column>) throws {
            (id, projectID, method) = (try row(.id), try row(.projectID), try row(.method))
            (text, redactedText, consentScope) = (try row(.text), try row(.redactedText), try row(.consentScope))
            (occurredOn, service, rating) = (try row.optional(.occurredOn), try row.optional(.service), try row.optional(.rating))
            createdAt = try row(.createdAt)
        }
    }

    struct Result: Sendable {
        let items: [Listed]
        let pagination: Pagination
        /// True when there are more matches than were counted.
        let capped: Bool
    }

    /// Where evidence came from, as filters offer it.
    static let sources: [(kind: String, label: String)] = [
        ("survey", "Surveys"), ("activity", "Activities"), ("story", "Stories"), ("import", "Imported files"),
    ]

    /// - Parameter readable: which text the viewer may search (see `FeedbackSearch.Readable`).
    static func page(
        _ owner: Owner, filters: Filters, readable: FeedbackSearch.Readable, page: Int?, on db: any Database
    ) async throws -> Result {
        let sql = db as! any SQLDatabase
        var scope = FeedbackSearch.Scope(method: filters.method, sourceKind: filters.source)
        switch owner {
        case .project(let id): scope.projectID = id
        case .organisation(let id): scope.organisationID = id
        }
        let conditions = filters.conditions

        func queries(columns: SQLQueryString, offset: Int) -> (count: SQLQueryString, page: SQLQueryString) {
            let search = FeedbackSearch.Query(
                terms: filters.terms, scope: scope, readable: readable, conditions: conditions, columns: columns, cap: countCap,
                limit: pageSize, offset: offset)
            if !filters.terms.isEmpty { return FeedbackSearch.index(for: db).searchQueries(search) }
            let body: SQLQueryString =
                "FROM feedback_items i WHERE \(FeedbackSearch.conditions(scope)) AND \(conditions ?? "1 = 1")"
            return (
                "SELECT COUNT(*) AS n FROM (SELECT 1 \(body) LIMIT \(unsafeRaw: String(countCap + 1))) AS c",
                """
                SELECT \(columns) \(body) ORDER BY i.created_at DESC, i.id DESC
                LIMIT \(unsafeRaw: String(pageSize)) OFFSET \(unsafeRaw: String(offset))
                """
            )
        }
        // The page asked for, with the count of all matches as one more column of
        // each row (the database works it out once): one statement, not two.
        // Counting stops at `countCap`, but browsing does not: past it, the pages go on while a
        // page comes back full. `Pagination.requestedPage` already bounds the number.
        let requestedPage = max(1, page ?? 1)
        let count = queries(columns: columns, offset: 0).count
        var rows = try await sql.raw(
            queries(columns: "\(columns), (\(count)) AS match_count", offset: (requestedPage - 1) * pageSize).page
        ).all()
        var counted = try rows.first?.decode(column: "match_count", as: Int.self) ?? 0
        var offset = (requestedPage - 1) * pageSize
        if rows.isEmpty && requestedPage > 1 {
            // Past the last page (an old link, a narrowed search): count, then show the last counted page.
            counted = try await sql.raw(count).first(decodingColumn: "n", as: Int.self) ?? 0
            let last = Pagination(page: Pagination.largestPage, perPage: pageSize, totalItems: min(counted, countCap))
            offset = last.offset
            rows = try await sql.raw(queries(columns: columns, offset: offset).page).all()
        }
        let capped = counted > countCap
        // Beyond the cap the total is what has been seen, and one more while the page is full.
        let known = capped ? max(countCap + 1, offset + rows.count + (rows.count == pageSize ? 1 : 0)) : counted
        let pagination = Pagination(page: offset / pageSize + 1, perPage: pageSize, totalItems: known)
        let items = try Listed.decode(rows)
        return Result(items: items, pagination: pagination, capped: capped)
    }

    private static let columns = Listed.selectList(from: "i")
}
