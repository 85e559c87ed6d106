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

    /// Stores items for a project; returns them with their ids.
    @discardableResult
    static func add(_ newItems: [NewItem], to project: Project, addedBy personID: UUID?, isDemo: Bool = false,
                    on db: any Database) async throws -> [FeedbackItem] {
        guard !newItems.isEmpty else { return [] }
        let projectID = try project.requireID()
        let redactor = Redactor()
        let items = newItems.map { item in
            FeedbackItem(
                projectID: projectID, organisationID: project.$organisation.id, method: item.method,
                sourceKind: item.sourceKind, sourceID: item.sourceID, text: item.text,
                redactedText: redactor.redact(item.text).redacted, consentScope: item.consentScope,
                occurredOn: item.occurredOn, service: item.service, rating: item.rating, question: item.question,
                contributorID: item.contributorID, addedByID: personID, fingerprint: item.fingerprint, isDemo: isDemo)
        }
        for item in items { item.id = UUID() }
        for chunk in stride(from: 0, to: items.count, by: 500) {
            try await Array(items[chunk..<min(chunk + 500, items.count)]).create(on: db)
        }
        let sql = db as! any SQLDatabase
        try await FeedbackSearch.index(for: db).add(items.map { (id: $0.id!, text: $0.text) }, on: sql)
        var byMethod: [String: Int] = [:]
        for item in items { byMethod[item.methodRaw, default: 0] += 1 }
        for (method, count) in byMethod {
            try await sql.raw("""
                INSERT INTO evidence_counts (id, project_id, method, count) VALUES (\(bind: UUID()), \(bind: projectID), \(bind: method), \(bind: count))
                ON CONFLICT (project_id, method) DO UPDATE SET count = evidence_counts.count + \(bind: count)
                """).run()
        }
        return items
    }

    /// Evidence counts by method for a project.
    static func counts(for projectID: UUID, on db: any Database) async throws -> [EvidenceMethod: Int] {
        let rows = try await EvidenceCount.query(on: db).filter(\.$project.$id == projectID).all()
        var counts: [EvidenceMethod: Int] = [:]
        for row in rows { if let method = EvidenceMethod(rawValue: row.method) { counts[method] = row.count } }
        return counts
    }
}
