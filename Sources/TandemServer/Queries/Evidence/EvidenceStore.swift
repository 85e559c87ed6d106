import Fluent
import SQLKit
import TandemCore
import Vapor

/// Adds feedback items the one way they should be added: redacted for
/// everyone outside the team, searchable, and counted for the dashboard, all
/// in the caller's transaction.
enum EvidenceStore {
    /// A new piece of evidence before it is stored.
    struct NewItem: Sendable {
        var method: EvidenceMethod
        var sourceKind: String
        var sourceID: UUID?
        var text: String
        var consentScope: ConsentScope
        var occurredOn: Date? = nil
        var service: String? = nil
        var rating: Int? = nil
        var question: String? = nil
        var contributorID: UUID? = nil
        var fingerprint: String? = nil
    }

    /// Stores items for a project; returns their ids. Rows go in through SQLKit
    /// rather than as Fluent models: for a 200,000-row import, Fluent's
    /// per-model reflection cost more than the database's own work.
    @discardableResult
    static func add(
        _ newItems: [NewItem], to project: Project, addedBy personID: UUID?, isDemo: Bool = false,
        on db: any Database
    ) async throws -> [UUID] {
        guard !newItems.isEmpty else { return [] }
        let projectID = try project.requireID()
        let organisationID = project.$organisation.id
        let redacted = await redactAll(newItems.map(\.text))
        let now = Date()
        let ids = newItems.map { _ in UUID() }
        let sql = db as! any SQLDatabase
        for chunk in stride(from: 0, to: newItems.count, by: 500) {
            let insert = sql.insert(into: FeedbackItem.schema).columns(columns)
            for index in chunk..<min(chunk + 500, newItems.count) {
                let item = newItems[index]
                insert.values(
                    [
                        SQLBind(ids[index]), SQLBind(projectID), SQLBind(organisationID), SQLBind(item.contributorID),
                        SQLBind(personID),
                        SQLBind(item.method.rawValue), SQLBind(item.sourceKind), SQLBind(item.sourceID), SQLBind(item.text),
                        SQLBind(redacted[index]), SQLBind(item.occurredOn), SQLBind(item.service), SQLBind(item.rating),
                        SQLBind(item.question), SQLBind(item.consentScope.rawValue), SQLBind(item.fingerprint), SQLBind(isDemo),
                        SQLBind(now),
                    ] as [any SQLExpression])
            }
            try await insert.run()
        }
        try await FeedbackSearch.index(for: db).add(
            newItems.indices.map { index in
                let item = newItems[index]
                return .init(
                    id: ids[index], text: item.text, redactedText: redacted[index], projectID: projectID,
                    organisationID: organisationID,
                    method: item.method, sourceKind: item.sourceKind, consentScope: item.consentScope)
            }, on: sql)
        var byMethod: [String: Int] = [:]
        for item in newItems { byMethod[item.method.rawValue, default: 0] += 1 }
        for (method, count) in byMethod {
            try await sql.raw(
                """
                INSERT INTO evidence_counts (id, project_id, method, count) VALUES (\(bind: UUID()), \(bind: projectID), \(bind: method), \(bind: count))
                ON CONFLICT (project_id, method) DO UPDATE SET count = evidence_counts.count + \(bind: count)
                """
            ).run()
        }
        return ids
    }

    /// A project has moved to another organisation: its evidence goes with it, so
    /// the old organisation's staff no longer read it and the new one's do. Run
    /// inside the transaction that saves the project.
    static func moveProject(_ projectID: UUID, from old: UUID, to new: UUID, on db: any Database) async throws {
        guard old != new else { return }
        let sql = db as! any SQLDatabase
        try await sql.raw(
            "UPDATE \(ident: FeedbackItem.schema) SET organisation_id = \(bind: new) WHERE project_id = \(bind: projectID)"
        ).run()
        try await FeedbackSearch.index(for: db).moveProject(projectID, from: old, to: new, on: sql)
    }

    /// The texts with personal details taken out, on every core: on a large
    /// import, redaction is a fifth of the work.
    static func redactAll(_ texts: [String]) async -> [String] {
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, texts.count / 200))
        guard parts > 1 else { return texts.map { Redactor().redact($0).redacted } }
        let size = (texts.count + parts - 1) / parts
        return await withTaskGroup(of: (Int, [String]).self) { group in
            for part in 0..<parts {
                let slice = Array(texts[min(part * size, texts.count)..<min((part + 1) * size, texts.count)])
                group.addTask {
                    let redactor = Redactor()
                    return (part, slice.map { redactor.redact($0).redacted })
                }
            }
            var results = Array(repeating: [String](), count: parts)
            for await (part, texts) in group { results[part] = texts }
            return results.flatMap { $0 }
        }
    }

    /// Every column of `feedback_items`, in the order `add` binds them.
    static let columns = FeedbackItemColumn.allCases.map(\.rawValue)

    /// Evidence counts by method for a project (in plain SQL: most project pages show them).
    static func counts(for projectID: UUID, on db: any Database) async throws -> [EvidenceMethod: Int] {
        var counts: [EvidenceMethod: Int] = [:]
        for row in try await (db as! any SQLDatabase).raw(countsQuery(projectID: projectID)).all() {
            try addCount(row, to: &counts)
        }
        return counts
    }

    /// The kept counts of a project's evidence, a row (`method`, `count`) per method.
    static func countsQuery(projectID: UUID) -> SQLQueryString {
        "SELECT method, count FROM \(ident: EvidenceCount.schema) WHERE project_id = \(bind: projectID)"
    }

    /// Reads one row of `countsQuery` into `counts`.
    static func addCount(_ row: any SQLRow, to counts: inout [EvidenceMethod: Int]) throws {
        if let method = EvidenceMethod(rawValue: try row.decode(column: "method", as: String.self)) {
            counts[method] = try row.decode(column: "count", as: Int.self)
        }
    }
}
