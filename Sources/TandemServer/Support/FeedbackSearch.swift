import Fluent
import SQLKit
import TandemCore

/// Full-text search of feedback, the one place where SQLite and PostgreSQL
/// need different SQL. SQLite keeps an FTS5 table beside `feedback_items`
/// (filled as items are added); PostgreSQL keeps a generated `tsvector`
/// column with a GIN index. Both stem English words ("waiting" finds "waited"),
/// both treat the words of a search as all required, and both give results
/// newest first.
protocol FeedbackSearchIndex: Sendable {
    func createSchema(on sql: any SQLDatabase) async throws
    func dropSchema(on sql: any SQLDatabase) async throws
    /// Makes newly added items searchable (a no-op where the database does it itself).
    func add(_ items: [(id: UUID, text: String)], on sql: any SQLDatabase) async throws
    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws
    /// The FROM and WHERE clauses of a search, with `filters` (conditions on
    /// alias `i`, the feedback item) added, and the ordering (newest first).
    func searchSQL(terms: [String], filters: SQLQueryString) -> (body: SQLQueryString, order: SQLQueryString)
}

enum FeedbackSearch {
    static func index(for database: any Database) -> any FeedbackSearchIndex {
        (database as? any SQLDatabase)?.dialect.name == "postgresql" ? PostgresFeedbackSearch() : SQLiteFeedbackSearch()
    }

    /// The words of a search, lower case, without the punctuation that search
    /// syntaxes give meaning to (so nobody's search can break the query).
    static func terms(_ query: String) -> [String] {
        Array(Tokeniser.words(query).filter { $0.first?.isLetter == true || $0.first?.isNumber == true }.prefix(12))
    }
}

struct SQLiteFeedbackSearch: FeedbackSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("CREATE VIRTUAL TABLE feedback_fts USING fts5(item_id UNINDEXED, text, tokenize = 'porter unicode61')").run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS feedback_fts").run()
    }

    func add(_ items: [(id: UUID, text: String)], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: items.count, by: 400) {
            let rows = items[chunk..<min(chunk + 400, items.count)]
            var query = SQLQueryString("INSERT INTO feedback_fts (item_id, text) VALUES ")
            for (offset, item) in rows.enumerated() {
                if offset > 0 { query += ", " }
                query += "(\(bind: item.id), \(bind: item.text))"
            }
            try await sql.raw(query).run()
        }
    }

    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        try await sql.raw("DELETE FROM feedback_fts WHERE item_id IN \(binds: ids)").run()
    }

    func searchSQL(terms: [String], filters: SQLQueryString) -> (body: SQLQueryString, order: SQLQueryString) {
        // Each word quoted, so FTS5 reads it as a word and never as syntax.
        let match = terms.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        return ("FROM feedback_fts f JOIN feedback_items i ON i.id = f.item_id WHERE feedback_fts MATCH \(bind: match) AND \(filters)",
                "ORDER BY f.rowid DESC")
    }
}

struct PostgresFeedbackSearch: FeedbackSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("ALTER TABLE feedback_items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED").run()
        try await sql.raw("CREATE INDEX idx_feedback_search ON feedback_items USING GIN (search_vector)").run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP INDEX IF EXISTS idx_feedback_search").run()
    }

    func add(_ items: [(id: UUID, text: String)], on sql: any SQLDatabase) async throws {}

    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws {}

    func searchSQL(terms: [String], filters: SQLQueryString) -> (body: SQLQueryString, order: SQLQueryString) {
        ("FROM feedback_items i WHERE i.search_vector @@ plainto_tsquery('english', \(bind: terms.joined(separator: " "))) AND \(filters)",
         "ORDER BY i.created_at DESC, i.id DESC")
    }
}
