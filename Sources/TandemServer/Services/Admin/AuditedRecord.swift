import Fluent
import Vapor
import Foundation

/// A record about a person (or an organisation people belong to) whose every write is audited.
///
/// This is the one audited path: each conforming model has `AuditMiddleware` installed (see
/// `AuditedRecords.all`), which records the write in the audit log in the same transaction,
/// from the `AuditNote` the writer attached. A write without a note fails, so code that forgets
/// to say who changed what cannot save the record at all. Writes that are not a change anyone
/// makes to a person (demo data, sign-in times) say so with `AuditNote.notAudited(because:)`.
protocol AuditedRecord: Model where IDValue == UUID {
    /// How the record is listed in the audit log.
    static var auditType: AuditRecordType { get }
    /// The person the record is about, so their own history can be shown; nil for an organisation.
    var auditSubjectPersonID: UUID? { get }
    /// What the next write records; consumed by the write. Not stored in the table.
    var auditNote: AuditNote? { get set }
}

/// Who is making the next write to an audited record, how it is named in the log, and which
/// fields it changes (only names, never values).
struct AuditNote: Sendable {
    enum Kind: Sendable {
        /// Recorded as `action`, or as created, changed or deleted to match the write.
        case record(action: AuditAction?, actor: AuditActor, label: String, fields: [String])
        case notAudited(because: String)
    }

    let kind: Kind

    static func by(_ actor: AuditActor, label: String, fields: [String] = [], as action: AuditAction? = nil) -> AuditNote {
        AuditNote(kind: .record(action: action, actor: actor, label: label, fields: fields))
    }

    static func notAudited(because reason: String) -> AuditNote { AuditNote(kind: .notAudited(because: reason)) }

    /// The demonstration records Tandem loads into an empty database: nobody changed a real person.
    static let demoData = notAudited(because: "demonstration data loaded by Tandem")
}

enum AuditNoteError: Error, CustomStringConvertible {
    case missing(schema: String)

    var description: String {
        switch self {
        case .missing(let schema):
            "A write to \(schema) was not given an audit note: set `auditNote` (see AuditedRecord) before saving it"
        }
    }
}

extension AuditedRecord {
    /// Attaches the note and writes: created when new, otherwise saved.
    func save(_ note: AuditNote, on db: any Database) async throws {
        auditNote = note
        try await save(on: db)
    }

    func delete(_ note: AuditNote, on db: any Database) async throws {
        auditNote = note
        try await delete(on: db)
    }
}

/// Records each write to `Record` in the audit log, in the write's transaction.
struct AuditMiddleware<Record: AuditedRecord>: AsyncModelMiddleware {
    func create(model: Record, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await write(model, .created, on: db) { try await next.create(model, on: $0) }
    }

    func update(model: Record, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await write(model, .updated, on: db) { try await next.update(model, on: $0) }
    }

    func delete(model: Record, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await write(model, .deleted, on: db) { try await next.delete(model, force: force, on: $0) }
    }

    private func write(
        _ model: Record, _ action: AuditAction, on db: any Database,
        _ next: @escaping @Sendable (any Database) async throws -> Void
    ) async throws {
        guard let note = model.auditNote else { throw AuditNoteError.missing(schema: Record.schema) }
        model.auditNote = nil
        guard case .record(let chosen, let actor, let label, let fields) = note.kind else { return try await next(db) }
        let body: @Sendable (any Database) async throws -> Void = { db in
            try await next(db)
            // After the write: a new record has its id only now.
            try await Audit.record(
                chosen ?? action, Record.auditType, id: model.requireID(), label: label, fields: fields,
                subjectPersonID: model.auditSubjectPersonID, by: actor, on: db)
        }
        if db.inTransaction { try await body(db) } else { try await db.transaction { try await body($0) } }
    }
}

/// Every audited record, installed together; `PersonalDataAuditTests` checks the list against its tables.
enum AuditedRecords {
    static let all: [any AuditedRecord.Type] = [
        Person.self, ConsentRecord.self, EqualityAnswers.self, User.self, Organisation.self, Membership.self,
        ProjectMember.self, EventRegistration.self, PPGMember.self, TrainingTeamMember.self, PanelMember.self,
        PaymentChoiceRecord.self, GroupMember.self, ContributionCertificate.self,
    ]

    static func install(on app: Application) {
        for record in all { install(record, on: app) }
    }

    private static func install<Record: AuditedRecord>(_ record: Record.Type, on app: Application) {
        app.databases.middleware.use(AuditMiddleware<Record>())
    }
}
