import Fluent
import Foundation
import SQLKit
import TandemCore

/// Searching the resource library: its words in full text (title, summary, kind and
/// topics, kept in `resources.search_text`), with filters by kind, topic and audience,
/// best matches first. Like `FeedbackSearch`, each database indexes the text its own way
/// behind one interface: SQLite an FTS5 table that triggers keep in step with the
/// resources, PostgreSQL a generated `tsvector` column with a GIN index. Raw SQL because
/// Fluent has no full-text search (bench/README.md, "Resource library").
protocol ResourceSearchIndex: Sendable {
    func createSchema(on sql: any SQLDatabase) async throws
    func dropSchema(on sql: any SQLDatabase) async throws
    /// The search's matching resources as a join (alias `f`, with `resource_id` and `score`, lower is better).
    func matching(_ terms: [String]) -> SQLQueryString
    /// Resources with this topic (alias `r`).
    func hasTopic(_ topic: String) -> SQLQueryString
    /// Resources for this audience or for anyone (alias `r`).
    func isFor(_ audience: ResourceAudience) -> SQLQueryString
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
            case publishedAt = "published_at", reviewOn = "review_on", externalURL = "external_url"
        }

        let id: UUID
        let slug: String
        let title: String
        let summary: String
        let kind: ResourceKind
        let status: ResourceStatus
        let publishedAt: Date?
        let reviewOn: Date?
        let isLink: Bool

        init(_ row: QueryRowReader<Column>) throws {
            id = try row(.id)
            slug = try row(.slug)
            title = try row(.title)
            summary = try row(.summary)
            kind = try row(.kind)
            status = try row(.status)
            publishedAt = try row.optional(.publishedAt)
            reviewOn = try row.optional(.reviewOn)
            isLink = try row.optional(.externalURL, as: String.self) != nil
        }
    }

    static func index(for database: any Database) -> any ResourceSearchIndex {
        (database as? any SQLDatabase)?.isPostgreSQL == true ? PostgresResourceSearch() : SQLiteResourceSearch()
    }

    /// How many resources match, and one page of them (clamped to the last page): best
    /// matches first when there are words, otherwise the newest published first (then the
    /// most recently changed).
    static func search(
        _ filters: Filters, page: Int?, perPage: Int, on db: any Database
    ) async throws -> (pagination: Pagination, rows: [Row]) {
        let sql = db as! any SQLDatabase
        let index = index(for: db)
        var conditions: [SQLQueryString] = ["r.status IN (\(binds: filters.statuses.map(\.rawValue)))"]
        if let kind = filters.kind { conditions.append("r.kind = \(bind: kind.rawValue)") }
        if let topic = filters.topic { conditions.append(index.hasTopic(topic)) }
        if let audience = filters.audience { conditions.append(index.isFor(audience)) }
        if let day = filters.reviewBefore { conditions.append("r.review_on < \(bind: day)") }
        let matching: SQLQueryString =
            filters.terms.isEmpty ? "" : " JOIN \(index.matching(filters.terms)) ON f.resource_id = r.id"
        let body: SQLQueryString = "FROM resources r\(matching) WHERE \(conditions.joined(separator: " AND "))"
        let order: SQLQueryString =
            filters.terms.isEmpty
            ? "r.published_at DESC, r.updated_at DESC, r.id" : "f.score, r.published_at DESC, r.id"
        let total = try await sql.raw("SELECT COUNT(*) AS n \(body)").first(decodingColumn: "n", as: Int.self) ?? 0
        let pagination = Pagination(page: page, perPage: perPage, totalItems: total)
        guard total > 0 else { return (pagination, []) }
        let rows = try await sql.raw(
            """
            SELECT \(Row.selectList(from: "r")) \(body) ORDER BY \(order)
            LIMIT \(unsafeRaw: String(perPage)) OFFSET \(unsafeRaw: String(pagination.offset))
            """
        ).all()
        return (pagination, try Row.decode(rows))
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
}

/// SQLite: an FTS5 table of each resource's search text, kept in step by triggers on
/// `resources`, so no write can forget it.
struct SQLiteResourceSearch: ResourceSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "CREATE VIRTUAL TABLE resources_fts USING fts5(resource_id UNINDEXED, text, tokenize = 'porter unicode61')"
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
                INSERT INTO resources_fts (resource_id, text) VALUES (new.id, new.search_text);
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER resources_fts_update AFTER UPDATE OF search_text ON resources BEGIN
                DELETE FROM resources_fts WHERE resource_id = old.id;
                INSERT INTO resources_fts (resource_id, text) VALUES (new.id, new.search_text);
            END
            """
        ).run()
        try await sql.raw(
            """
            CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
                DELETE FROM resources_fts WHERE resource_id = old.id;
            END
            """
        ).run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        for trigger in ["resources_fts_insert", "resources_fts_update", "resources_fts_delete"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: trigger)").run()
        }
        try await sql.raw("DROP TABLE IF EXISTS resources_fts").run()
    }

    func matching(_ terms: [String]) -> SQLQueryString {
        // Each word quoted, so FTS5 reads it as a word and never as syntax; the last may be the start of one.
        let words = terms.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        return "(SELECT resource_id, rank AS score FROM resources_fts WHERE resources_fts MATCH \(bind: words)) f"
    }

    func hasTopic(_ topic: String) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM json_each(r.topics) t WHERE t.value = \(bind: topic))"
    }

    func isFor(_ audience: ResourceAudience) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM json_each(r.audiences) a WHERE a.value IN (\(bind: audience.rawValue), 'anyone'))"
    }

    var topicCounts: SQLQueryString {
        """
        SELECT t.value AS topic, COUNT(*) AS n FROM resources r, json_each(r.topics) t
        WHERE r.status = 'published' GROUP BY t.value ORDER BY n DESC, t.value
        """
    }
}

/// PostgreSQL: a generated `tsvector` of the search text with a GIN index; topics and
/// audiences are arrays.
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

    func matching(_ terms: [String]) -> SQLQueryString {
        """
        (SELECT id AS resource_id, -ts_rank(search_vector, q) AS score
         FROM resources, plainto_tsquery('english', \(bind: terms.joined(separator: " "))) q WHERE search_vector @@ q) f
        """
    }

    func hasTopic(_ topic: String) -> SQLQueryString { "\(bind: topic) = ANY(r.topics)" }

    func isFor(_ audience: ResourceAudience) -> SQLQueryString {
        "(\(bind: audience.rawValue) = ANY(r.audiences) OR 'anyone' = ANY(r.audiences))"
    }

    var topicCounts: SQLQueryString {
        """
        SELECT t AS topic, COUNT(*) AS n FROM resources r, unnest(r.topics) AS t
        WHERE r.status = 'published' GROUP BY t ORDER BY n DESC, t
        """
    }
}
