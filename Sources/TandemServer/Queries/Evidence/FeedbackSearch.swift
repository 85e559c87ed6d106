import Fluent
import Foundation
import SQLKit
import TandemCore

/// Full-text search of feedback, the one place where SQLite and PostgreSQL
/// need different SQL. SQLite keeps an FTS5 table beside `feedback_items`
/// (filled as items are added); PostgreSQL keeps a generated `tsvector`
/// column with a GIN index. Both stem English words ("waiting" finds "waited"),
/// both treat the words of a search as all required (PostgreSQL leaves out
/// common words such as "the" and "other"; SQLite keeps them), and both give results
/// newest first.
///
/// Each database indexes the text twice: as given, and redacted. People search
/// the text they may read (`FeedbackSearch.Readable`): someone who sees a comment
/// as "Mrs [name]" must not be able to test guesses at the name by searching.
protocol FeedbackSearchIndex: Sendable {
    func createSchema(on sql: any SQLDatabase) async throws
    func dropSchema(on sql: any SQLDatabase) async throws
    /// The index of the redacted text (added by a later migration than `createSchema`), filled from the items already kept.
    func createRedactedSchema(on sql: any SQLDatabase) async throws
    func dropRedactedSchema(on sql: any SQLDatabase) async throws
    /// A project has moved to another organisation: its items' organisation word follows it.
    func moveProject(_ projectID: UUID, from old: UUID, to new: UUID, on sql: any SQLDatabase) async throws
    /// Makes newly added items searchable (a no-op where the database does it itself).
    func add(_ entries: [FeedbackSearch.Entry], on sql: any SQLDatabase) async throws
    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws
    /// After many items arrive at once (demo data, a large import): puts the
    /// index back into its quickest shape for searching.
    func tidy(on sql: any SQLDatabase) async throws
    /// The two queries of a search: how many match (counting stops past
    /// `cap`), and one page of the matching items, newest first.
    func searchQueries(_ search: FeedbackSearch.Query) -> (count: SQLQueryString, page: SQLQueryString)
}

enum FeedbackSearch {
    /// What the index keeps of a feedback item.
    struct Entry: Sendable {
        let id: UUID
        let text: String
        let redactedText: String
        let projectID: UUID
        let organisationID: UUID
        let method: EvidenceMethod
        let sourceKind: String
        let consentScope: ConsentScope
    }

    /// Where to search: the library's owner and the filters the index can apply itself.
    struct Scope: Sendable {
        var projectID: UUID?
        var organisationID: UUID?
        var method: EvidenceMethod?
        var sourceKind: String?
    }

    /// Which text a viewer searches: for items whose consent scope is in
    /// `asGiven`, the text as given; for every other item, the redacted text.
    /// Built from `AccessPolicy.textView`, so searching never finds words the
    /// viewer cannot read.
    struct Readable: Sendable, Equatable {
        var asGiven: Set<ConsentScope>

        static let everything = Readable(asGiven: Set(ConsentScope.allCases))

        /// What a viewer may search of a project's evidence.
        static func of(_ viewer: Viewer?, in project: ProjectRef) -> Readable {
            Readable(asGiven: Set(ConsentScope.allCases.filter { AccessPolicy.textView(viewer, project, $0).isAsGiven }))
        }
        static let redactedOnly = Readable(asGiven: [])

        var isEverything: Bool { asGiven.count == ConsentScope.allCases.count }
        /// The scopes read redacted.
        var redacted: [ConsentScope] { ConsentScope.allCases.filter { !asGiven.contains($0) } }
    }

    /// A search: its words, where to look, which text the viewer may search,
    /// any further conditions (dates, theme, sentiment ...: on alias `i`, the
    /// feedback item), the columns to return and the page wanted.
    struct Query: Sendable {
        var terms: [String]
        var scope: Scope
        var readable: Readable
        var conditions: SQLQueryString?
        var columns: SQLQueryString
        var cap: Int
        var limit: Int
        var offset: Int
    }

    /// The scope as conditions on `feedback_items` (alias `i`).
    static func conditions(_ scope: Scope) -> SQLQueryString {
        var conditions: [SQLQueryString] = []
        if let id = scope.projectID { conditions.append("i.project_id = \(bind: id)") }
        if let id = scope.organisationID { conditions.append("i.organisation_id = \(bind: id)") }
        if let method = scope.method { conditions.append("i.method = \(bind: method.rawValue)") }
        if let source = scope.sourceKind { conditions.append("i.source_kind = \(bind: source)") }
        return conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND ")
    }

    static func index(for database: any Database) -> any FeedbackSearchIndex {
        (database as? any SQLDatabase)?.isPostgreSQL == true ? PostgresFeedbackSearch() : SQLiteFeedbackSearch()
    }

    /// See `FeedbackSearchIndex.tidy`.
    static func tidy(on db: any Database) async throws {
        try await index(for: db).tidy(on: db as! any SQLDatabase)
    }

    /// The words of a search, lower case, without the punctuation that search
    /// syntaxes give meaning to (so nobody's search can break the query).
    static func terms(_ query: String) -> [String] {
        Array(Tokeniser.words(query).filter { $0.first?.isLetter == true || $0.first?.isNumber == true }.prefix(12))
    }
}

/// SQLite: an FTS5 table whose `scope` column holds one made-up word each for
/// the item's project, organisation, method and source ("p3f2a…", "mfocusgroup").
/// A search within a project then asks FTS5 for the item's words AND the
/// project's word, which it answers from its own index: counting the matches
/// of a common word in a project of 100,000 comments takes about 2 ms this
/// way, against 60 ms when each match is looked up in `feedback_items`.
struct SQLiteFeedbackSearch: FeedbackSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "CREATE VIRTUAL TABLE feedback_fts USING fts5(item_id UNINDEXED, text, scope, tokenize = 'porter unicode61')"
        ).run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS feedback_fts").run()
    }

    /// A second FTS5 table of the same shape holds the redacted text. Its rows
    /// are added in the same order as the first's, with the same rowids, so
    /// the two can be merged newest first. Both gain a word for each item's
    /// consent scope ("cteam"), so that a search reading some scopes as given
    /// and others redacted is answered from the indexes alone.
    func createRedactedSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE feedback_fts SET scope = scope || ' c' || COALESCE((SELECT i.consent_scope FROM feedback_items i WHERE i.id = feedback_fts.item_id), 'team')
            """
        ).run()
        try await sql.raw(
            "CREATE VIRTUAL TABLE \(unsafeRaw: Self.redactedTable) USING fts5(item_id UNINDEXED, text, scope, tokenize = 'porter unicode61')"
        ).run()
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: Self.redactedTable) (rowid, item_id, text, scope)
            SELECT f.rowid, f.item_id, i.redacted_text, f.scope FROM feedback_fts f JOIN feedback_items i ON i.id = f.item_id ORDER BY f.rowid
            """
        ).run()
        try await tidy(on: sql)
    }

    func dropRedactedSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: Self.redactedTable)").run()
    }

    static let tables = ["feedback_fts", redactedTable]
    static let redactedTable = "feedback_redacted_fts"

    func add(_ entries: [FeedbackSearch.Entry], on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: entries.count, by: 300) {
            let rows = entries[chunk..<min(chunk + 300, entries.count)]
            for (table, text) in [
                ("feedback_fts", \FeedbackSearch.Entry.text), (Self.redactedTable, \FeedbackSearch.Entry.redactedText),
            ] {
                var query = SQLQueryString("INSERT INTO \(unsafeRaw: table) (item_id, text, scope) VALUES ")
                for (offset, entry) in rows.enumerated() {
                    if offset > 0 { query += ", " }
                    let scope =
                        Self.words(
                            FeedbackSearch.Scope(
                                projectID: entry.projectID, organisationID: entry.organisationID,
                                method: entry.method, sourceKind: entry.sourceKind))
                        + [Self.consentWord(entry.consentScope)]
                    query += "(\(bind: entry.id), \(bind: entry[keyPath: text]), \(bind: scope.joined(separator: " ")))"
                }
                try await sql.raw(query).run()
            }
        }
    }

    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        for table in Self.tables { try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE item_id IN (\(binds: ids))").run() }
    }

    func moveProject(_ projectID: UUID, from old: UUID, to new: UUID, on sql: any SQLDatabase) async throws {
        let project = Self.words(FeedbackSearch.Scope(projectID: projectID))[0]
        let (oldWord, newWord) = (
            Self.words(FeedbackSearch.Scope(organisationID: old))[0], Self.words(FeedbackSearch.Scope(organisationID: new))[0]
        )
        for table in Self.tables {
            try await sql.raw(
                """
                UPDATE \(unsafeRaw: table) SET scope = replace(scope, \(bind: oldWord), \(bind: newWord))
                WHERE \(unsafeRaw: table) MATCH \(bind: "scope : \(project)")
                """
            ).run()
        }
    }

    /// Items added in batches leave the index in several segments, and every
    /// search looks a word up in each of them; merging them into one made a
    /// search of a 100,000-item project a fifth cheaper (bench/README.md). It
    /// rewrites the whole index, about 0.3 seconds for 100,000 items.
    func tidy(on sql: any SQLDatabase) async throws {
        for table in Self.tables {
            try await sql.raw("INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: table)) VALUES ('optimize')").run()
        }
    }

    func searchQueries(_ search: FeedbackSearch.Query) -> (count: SQLQueryString, page: SQLQueryString) {
        // Each word quoted, so FTS5 reads it as a word and never as syntax.
        let words = search.terms.map { "\"\($0.replacingOccurrences(of: "\"", with: ""))\"" }.joined(separator: " ")
        let scopeWords = Self.words(search.scope)
        let match = "text : (\(words))" + (scopeWords.isEmpty ? "" : " AND scope : (\(scopeWords.joined(separator: " ")))")
        let cap = SQLQueryString(String(search.cap + 1))
        let limit = SQLQueryString(String(search.limit)), offset = SQLQueryString(String(search.offset))
        let columns = search.columns
        let table: SQLQueryString
        switch search.readable {
        case .everything: table = "feedback_fts"
        case .redactedOnly: table = "\(unsafeRaw: Self.redactedTable)"
        default: return mixedQueries(search, match: match)
        }
        guard let conditions = search.conditions else {
            // Everything the search asks is in the index: count there, and look up only the page's items.
            return (
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH \(bind: match) LIMIT \(cap)) AS c",
                """
                SELECT \(columns) FROM (SELECT rowid AS position, item_id FROM \(table) WHERE \(table) MATCH \(bind: match)
                ORDER BY rowid DESC LIMIT \(limit) OFFSET \(offset)) AS f JOIN feedback_items i ON i.id = f.item_id ORDER BY f.position DESC
                """
            )
        }
        let body: SQLQueryString =
            "FROM \(table) f JOIN feedback_items i ON i.id = f.item_id WHERE \(table) MATCH \(bind: match) AND \(conditions)"
        return (
            "SELECT COUNT(*) AS n FROM (SELECT 1 \(body) LIMIT \(cap)) AS c",
            "SELECT \(columns) \(body) ORDER BY f.rowid DESC LIMIT \(limit) OFFSET \(offset)"
        )
    }

    /// The made-up word for an item's consent scope: "cteam", "corganisation", "cpublic".
    static func consentWord(_ scope: ConsentScope) -> String { "c" + scope.rawValue }

    /// Some items read as given and others redacted (staff beyond the team, who
    /// read team-only comments redacted): the text as given for the first, the
    /// redacted text for the rest, each item from one index only (its consent
    /// word says which). Without dates, counting and paging stay in the two
    /// indexes, as a search of one does; the page takes the newest of each
    /// (their rowids agree) and merges them.
    private func mixedQueries(_ search: FeedbackSearch.Query, match: String) -> (count: SQLQueryString, page: SQLQueryString) {
        guard search.conditions == nil else { return mixedQueriesWithDates(search, match: match) }
        func consent(_ scopes: [ConsentScope]) -> String { "scope : (\(scopes.map(Self.consentWord).joined(separator: " OR ")))" }
        let given = "\(match) AND \(consent(search.readable.asGiven.sorted { $0.rawValue < $1.rawValue }))"
        let redacted = "\(match) AND \(consent(search.readable.redacted))"
        let cap = SQLQueryString(String(search.cap + 1))
        let enough = SQLQueryString(String(search.offset + search.limit))
        let table: SQLQueryString = "\(unsafeRaw: Self.redactedTable)"
        // The redacted index is counted only when the first count leaves room under the cap:
        // counting there can mean walking both words' lists to the end when few comments
        // read redacted match, and past the cap the page only says "more than 1,000".
        let givenCount: SQLQueryString =
            "(SELECT COUNT(*) FROM (SELECT 1 FROM feedback_fts WHERE feedback_fts MATCH \(bind: given) LIMIT \(cap)))"
        return (
            """
            SELECT (SELECT CASE WHEN g.n >= \(cap) THEN g.n
                    ELSE g.n + (SELECT COUNT(*) FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH \(bind: redacted) LIMIT \(cap))) END
                    FROM (SELECT \(givenCount) AS n) AS g) AS n
            """,
            """
            SELECT \(search.columns) FROM (
                SELECT position, item_id FROM (SELECT rowid AS position, item_id FROM feedback_fts WHERE feedback_fts MATCH \(bind: given)
                                               ORDER BY rowid DESC LIMIT \(enough))
                UNION ALL
                SELECT position, item_id FROM (SELECT rowid AS position, item_id FROM \(table) WHERE \(table) MATCH \(bind: redacted)
                                               ORDER BY rowid DESC LIMIT \(enough))
                ORDER BY position DESC LIMIT \(unsafeRaw: String(search.limit)) OFFSET \(unsafeRaw: String(search.offset))
            ) AS f JOIN feedback_items i ON i.id = f.item_id ORDER BY f.position DESC
            """
        )
    }

    /// With dates, which live only in the table: both indexes' matches, each
    /// kept for the scopes read that way, looked up and ordered by date.
    private func mixedQueriesWithDates(
        _ search: FeedbackSearch.Query, match: String
    ) -> (count: SQLQueryString, page: SQLQueryString) {
        let given = search.readable.asGiven.map(\.rawValue).sorted(), redacted = search.readable.redacted.map(\.rawValue)
        let body: SQLQueryString = """
            FROM (SELECT item_id, 0 AS redacted FROM feedback_fts WHERE feedback_fts MATCH \(bind: match)
                  UNION ALL SELECT item_id, 1 AS redacted FROM \(unsafeRaw: Self.redactedTable) WHERE \(unsafeRaw: Self.redactedTable) MATCH \(bind: match)) f
            JOIN feedback_items i ON i.id = f.item_id
            WHERE ((f.redacted = 0 AND i.consent_scope IN (\(binds: given))) OR (f.redacted = 1 AND i.consent_scope IN (\(binds: redacted))))
            AND \(search.conditions ?? "1 = 1")
            """
        return (
            "SELECT COUNT(*) AS n FROM (SELECT 1 \(body) LIMIT \(unsafeRaw: String(search.cap + 1))) AS c",
            """
            SELECT \(search.columns) \(body) ORDER BY i.created_at DESC, i.id DESC
            LIMIT \(unsafeRaw: String(search.limit)) OFFSET \(unsafeRaw: String(search.offset))
            """
        )
    }

    /// The scope's made-up words: letters and digits only, so the tokeniser keeps each whole.
    static func words(_ scope: FeedbackSearch.Scope) -> [String] {
        func word(_ prefix: String, _ value: String) -> String {
            prefix + value.lowercased().filter { $0.isLetter || $0.isNumber }
        }
        return [
            scope.projectID.map { word("p", $0.uuidString) }, scope.organisationID.map { word("o", $0.uuidString) },
            scope.method.map { word("m", $0.rawValue) }, scope.sourceKind.map { word("s", $0) },
        ].compactMap { $0 }
    }
}

/// PostgreSQL: a generated `tsvector` column with a GIN index; the scope is
/// applied by the ordinary conditions on `feedback_items`.
struct PostgresFeedbackSearch: FeedbackSearchIndex {
    func createSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "ALTER TABLE feedback_items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        ).run()
        try await sql.raw("CREATE INDEX idx_feedback_search ON feedback_items USING GIN (search_vector)").run()
    }

    func dropSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP INDEX IF EXISTS idx_feedback_search").run()
    }

    func createRedactedSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            ALTER TABLE feedback_items ADD COLUMN redacted_search_vector tsvector
            GENERATED ALWAYS AS (to_tsvector('english', redacted_text)) STORED
            """
        ).run()
        try await sql.raw("CREATE INDEX idx_feedback_redacted_search ON feedback_items USING GIN (redacted_search_vector)").run()
    }

    func dropRedactedSchema(on sql: any SQLDatabase) async throws {
        try await sql.raw("DROP INDEX IF EXISTS idx_feedback_redacted_search").run()
        try await sql.raw("ALTER TABLE feedback_items DROP COLUMN IF EXISTS redacted_search_vector").run()
    }

    /// The scope is read from `feedback_items` itself, which the move updates.
    func moveProject(_ projectID: UUID, from old: UUID, to new: UUID, on sql: any SQLDatabase) async throws {}

    func add(_ entries: [FeedbackSearch.Entry], on sql: any SQLDatabase) async throws {}

    func remove(_ ids: [UUID], on sql: any SQLDatabase) async throws {}

    /// PostgreSQL's own vacuuming keeps the GIN index in shape.
    func tidy(on sql: any SQLDatabase) async throws {}

    func searchQueries(_ search: FeedbackSearch.Query) -> (count: SQLQueryString, page: SQLQueryString) {
        let words: SQLQueryString = "plainto_tsquery('english', \(bind: search.terms.joined(separator: " ")))"
        let match: SQLQueryString
        switch search.readable {
        case .everything: match = "i.search_vector @@ \(words)"
        case .redactedOnly: match = "i.redacted_search_vector @@ \(words)"
        default:
            match = """
                ((i.search_vector @@ \(words) AND i.consent_scope IN (\(binds: search.readable.asGiven.map(\.rawValue).sorted())))
                 OR (i.redacted_search_vector @@ \(words) AND i.consent_scope IN (\(binds: search.readable.redacted.map(\.rawValue)))))
                """
        }
        let body: SQLQueryString = """
            FROM feedback_items i WHERE \(match)
            AND \(FeedbackSearch.conditions(search.scope)) AND \(search.conditions ?? "1 = 1")
            """
        return (
            "SELECT COUNT(*) AS n FROM (SELECT 1 \(body) LIMIT \(unsafeRaw: String(search.cap + 1))) AS c",
            """
            SELECT \(search.columns) \(body) ORDER BY i.created_at DESC, i.id DESC
            LIMIT \(unsafeRaw: String(search.limit)) OFFSET \(unsafeRaw: String(search.offset))
            """
        )
    }
}

extension SQLDatabase {
    /// The places where SQLite and PostgreSQL need different SQL ask this.
    var isPostgreSQL: Bool { dialect.name == "postgresql" }
}
