import Fluent
import Foundation
import SQLKit
import TandemCore

/// Searching the resource library: its words in full text (title, summary, kind and
/// topics), with filters by status, kind, topic and audience; resources whose title has
/// the words come first, then the rest, each most recently published or changed first.
/// Like `FeedbackSearch`, each database indexes the text its own way behind one interface.
/// Raw SQL because Fluent has no full-text search; the SQLite shape was chosen by
/// `bench/web.sh` (bench/README.md, "Resource library").
protocol ResourceSearchIndex: Sendable {
    func createSchema(on sql: any SQLDatabase) async throws
    func dropSchema(on sql: any SQLDatabase) async throws
    /// The two statements of a search: how many match, and one page of their ids in order (column `resource_id`).
    func queries(
        _ filters: ResourceSearch.Filters, limit: Int, offset: Int, on db: any Database
    ) -> (count: SQLQueryString, page: SQLQueryString)
    /// Each topic of the published resources, with how many have it.
    var topicCounts: SQLQueryString { get }
}

enum ResourceSearch {
    struct Filters: Sendable, Equatable {
        var terms: [String] = []
        var kind: ResourceKind?
        var topic: String?
        var audience: ResourceAudience?
        /// The public sees published resources only; coordinators see every status unless they choose.
        var statuses: [ResourceStatus] = [.published]
        /// Only those whose review date is before this day (a coordinator's "review overdue").
        var reviewBefore: Date?
    }

    /// One resource in a list of results.
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case id, slug, title, summary, kind, status
            case publishedAt = "published_at", reviewOn = "review_on"
        }

        let id: UUID
        let slug: String
        let title: String
        let summary: String
        let kind: ResourceKind
        let status: ResourceStatus
        let publishedAt: Date?
        let reviewOn: Date?

        init(_ row: QueryRowReader<Column>) throws {
            id = try row(.id)
            slug = try row(.slug)
            title = try row(.title)
            summary = try row(.summary)
            kind = try row(.kind)
            status = try row(.status)
            publishedAt = try row.optional(.publishedAt)
            reviewOn = try row.optional(.reviewOn)
        }
    }

    static func index(for database: any Database) -> any ResourceSearchIndex {
        (database as? any SQLDatabase)?.isPostgreSQL == true ? PostgresResourceSearch() : SQLiteResourceSearch()
    }

    /// How many resources match, and one page of them (clamped to the last page).
    static func search(
        _ filters: Filters, page: Int?, perPage: Int, on db: any Database
    ) async throws -> (pagination: Pagination, rows: [Row]) {
        let sql = db as! any SQLDatabase
        let index = index(for: db)
        let total =
            try await sql.raw(index.queries(filters, limit: 0, offset: 0, on: db).count)
            .first(decodingColumn: "n", as: Int.self) ?? 0
        let pagination = Pagination(page: page, perPage: perPage, totalItems: total)
        guard total > 0 else { return (pagination, []) }
        let ids = try await sql.raw(index.queries(filters, limit: perPage, offset: pagination.offset, on: db).page).all()
            .map { try $0.decode(column: "resource_id", as: UUID.self) }
        guard !ids.isEmpty else { return (pagination, []) }
        let rows = try Row.decode(
            try await sql.raw("SELECT \(Row.selectList()) FROM resources WHERE id IN (\(binds: ids))").all())
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return (pagination, ids.compactMap { byID[$0] })
    }

    /// The topics of the published resources, most used first, for the filters.
    static func topics(on db: any Database) async throws -> [(topic: String, count: Int)] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(index(for: db).topicCounts).all().map {
            (try $0.decode(column: "topic", as: String.self), try $0.decode(column: "n", as: Int.self))
        }
    }

    /// The words of a search, as the evidence library takes them.
    static func terms(_ query: String?) -> [String] { FeedbackSearch.terms(query ?? "") }

    /// A made-up word for a filter value (letters and digits only, so the tokeniser keeps it
    /// whole): "tppgsupport" for the topic "PPG support", "kcasestudy" for a case study.
    static func word(_ prefix: String, _ value: String) -> String {
        prefix + value.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// The topics as made-up words, kept on the resource (`search_topics`) for SQLite's index.
    static func topicWords(_ topics: [String]) -> String { topics.map { word("t", $0) }.joined(separator: " ") }
}

/// SQLite: an FTS5 table of each resource's title, its whole search text, and a column of
/// made-up words for its status, kind, audiences and topics ("spublished kguide appgs
/// tppgsupport"). Triggers on `resources` keep it in step, so no write can forget it.
/// Counting, filtering and paging are answered from the index alone (about a millisecond
/// for 3,000 matches of 10,000 resources); only the page's twenty rows are looked up.
/// Order: title matches first, then the others, each newest first by the index's rowid
/// (a changed resource is indexed again, so it counts as new).
struct SQLiteResourceSearch: ResourceSearchIndex {
    static let scope = """
        's' || new.status || ' k' || replace(new.kind, '_', '') || ' '
        || COALESCE((SELECT group_concat('a' || value, ' ') FROM json_each(new.audiences)), '') || ' ' || new.search_topics
        """

    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "CREATE VIRTUAL TABLE resources_fts USING fts5(resource_id UNINDEXED, title, body, scope, tokenize = 'porter unicode61')"
        ).run()
        let insert =
            "INSERT INTO resources_fts (resource_id, title, body, scope) VALUES (new.id, new.title, new.search_text, \(Self.scope));"
        try await sql.raw("CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN \(unsafeRaw: insert) END").run()
        try await sql.raw(
            """
            CREATE TRIGGER resources_fts_update AFTER UPDATE ON resources BEGIN
                DELETE FROM resources_fts WHERE resource_id = old.id;
                \(unsafeRaw: insert)
            END
            """
        ).run()
        try await sql.raw(
            "CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN DELETE FROM resources_fts WHERE resource_id = old.id; END"
        ).run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        for trigger in ["resources_fts_insert", "resources_fts_update", "resources_fts_delete"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS resources_fts").run()
    }

    func queries(
        _ filters: ResourceSearch.Filters, limit: Int, offset: Int, on db: any Database
    ) -> (count: SQLQueryString, page: SQLQueryString) {
        var scope = ["(" + filters.statuses.map { ResourceSearch.word("s", $0.rawValue) }.joined(separator: " OR ") + ")"]
        if let kind = filters.kind { scope.append(ResourceSearch.word("k", kind.rawValue)) }
        if let topic = filters.topic { scope.append("\"\(ResourceSearch.word("t", topic))\"") }
        if let audience = filters.audience { scope.append("(a\(audience.rawValue) OR aanyone)") }
        let scopeMatch = "scope : (" + scope.joined(separator: " AND ") + ")"
        // Each word quoted, so FTS5 reads it as a word and never as syntax.
        let words = filters.terms.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        let match = words.isEmpty ? scopeMatch : "body : (\(words)) AND \(scopeMatch)"
        let review: SQLQueryString =
            filters.reviewBefore.map { " AND resource_id IN (SELECT id FROM resources WHERE review_on < \(bind: $0))" } ?? ""
        let count: SQLQueryString = "SELECT COUNT(*) AS n FROM resources_fts WHERE resources_fts MATCH \(bind: match)\(review)"
        // The order is worked out on rowids alone; only the page's rows are read for their ids
        // (reading the id of every match cost ten times the search itself).
        let positions: SQLQueryString
        if words.isEmpty {
            positions = "SELECT 0 AS tier, rowid AS position FROM resources_fts WHERE resources_fts MATCH \(bind: match)\(review)"
        } else {
            let inTitle = "title : (\(words)) AND \(scopeMatch)"
            let elsewhere = "body : (\(words)) AND \(scopeMatch) NOT title : (\(words))"
            positions = """
                SELECT 0 AS tier, rowid AS position FROM resources_fts WHERE resources_fts MATCH \(bind: inTitle)\(review)
                UNION ALL
                SELECT 1 AS tier, rowid AS position FROM resources_fts WHERE resources_fts MATCH \(bind: elsewhere)\(review)
                """
        }
        let page: SQLQueryString = """
            SELECT f.resource_id FROM (
                SELECT tier, position FROM (\(positions))
                ORDER BY tier, position DESC LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            ) AS p JOIN resources_fts f ON f.rowid = p.position ORDER BY p.tier, p.position DESC
            """
        return (count, page)
    }

    var topicCounts: SQLQueryString {
        """
        SELECT t.value AS topic, COUNT(*) AS n FROM resources r, json_each(r.topics) t
        WHERE r.status = 'published' GROUP BY t.value ORDER BY n DESC, t.value
        """
    }
}

/// PostgreSQL: a generated `tsvector` of the search text with a GIN index; topics and
/// audiences are arrays. The same order as SQLite's: title matches first, then the most
/// recently changed.
struct PostgresResourceSearch: ResourceSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "ALTER TABLE resources ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED"
        ).run()
        try await sql.raw("CREATE INDEX idx_resources_search ON resources USING GIN (search_vector)").run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP INDEX IF EXISTS idx_resources_search").run()
    }

    func queries(
        _ filters: ResourceSearch.Filters, limit: Int, offset: Int, on db: any Database
    ) -> (count: SQLQueryString, page: SQLQueryString) {
        var conditions: [SQLQueryString] = ["r.status IN (\(binds: filters.statuses.map(\.rawValue)))"]
        if let kind = filters.kind { conditions.append("r.kind = \(bind: kind.rawValue)") }
        if let topic = filters.topic { conditions.append(ArrayColumn.contains("r", "topics", anyOf: [topic], on: db)) }
        if let audience = filters.audience {
            conditions.append(ArrayColumn.contains("r", "audiences", anyOf: [audience.rawValue, "anyone"], on: db))
        }
        if let day = filters.reviewBefore { conditions.append("r.review_on < \(bind: day)") }
        let words: SQLQueryString = "plainto_tsquery('english', \(bind: filters.terms.joined(separator: " ")))"
        if !filters.terms.isEmpty { conditions.append("r.search_vector @@ \(words)") }
        let body: SQLQueryString = "FROM resources r WHERE \(conditions.joined(separator: " AND "))"
        let order: SQLQueryString =
            filters.terms.isEmpty
            ? "r.updated_at DESC, r.id" : "(to_tsvector('english', r.title) @@ \(words)) DESC, r.updated_at DESC, r.id"
        return (
            "SELECT COUNT(*) AS n \(body)",
            """
            SELECT r.id AS resource_id \(body) ORDER BY \(order)
            LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            """
        )
    }

    var topicCounts: SQLQueryString {
        """
        SELECT t AS topic, COUNT(*) AS n FROM resources r, unnest(r.topics) AS t
        WHERE r.status = 'published' GROUP BY t ORDER BY n DESC, t
        """
    }
}
