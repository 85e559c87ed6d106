import Fluent
import SQLKit

/// Indexes for the lookups every request makes (sessions, sign-in throttling)
/// and for the lists people filter most. Plain SQL that SQLite and PostgreSQL share.
struct CreateFoundationIndexes: AsyncMigration {
    var name: String { "001_CreateFoundationIndexes" }

    static let indexes: [TableIndex] = [
        .init(name: "idx_login_attempts_email_at", table: LoginAttempt.schema, columns: "email, attempted_at"),
        .init(name: "idx_sessions_expires_at", table: UserSession.schema, columns: "expires_at"),
        .init(name: "idx_organisations_parent", table: Organisation.schema, columns: "parent_id"),
        .init(name: "idx_organisations_kind_name", table: Organisation.schema, columns: "kind, name"),
        .init(name: "idx_people_name", table: Person.schema, columns: "name"),
        .init(name: "idx_person_orgs_org", table: PersonOrganisation.schema, columns: "organisation_id"),
        .init(name: "idx_person_roles_role", table: PersonRoleAssignment.schema, columns: "role"),
        .init(name: "idx_consent_person_purpose", table: ConsentRecord.schema, columns: "person_id, purpose"),
        .init(name: "idx_audit_at", table: AuditEntry.schema, columns: "at"),
        .init(name: "idx_audit_record", table: AuditEntry.schema, columns: "record_id"),
        .init(name: "idx_audit_actor", table: AuditEntry.schema, columns: "actor_person_id"),
        .init(name: "idx_audit_subject", table: AuditEntry.schema, columns: "subject_person_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
    }
}
