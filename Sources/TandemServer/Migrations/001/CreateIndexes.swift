import Fluent
import SQLKit

/// Indexes for the lookups every request makes (sessions, sign-in throttling)
/// and for the lists people filter most. Plain SQL that SQLite and PostgreSQL share.
struct CreateFoundationIndexes: AsyncMigration {
    var name: String { "001_CreateFoundationIndexes" }

    static let indexes: [(name: String, table: String, columns: String)] = [
        ("idx_login_attempts_email_at", LoginAttempt.schema, "email, attempted_at"),
        ("idx_sessions_expires_at", UserSession.schema, "expires_at"),
        ("idx_organisations_parent", Organisation.schema, "parent_id"),
        ("idx_organisations_kind_name", Organisation.schema, "kind, name"),
        ("idx_people_name", Person.schema, "name"),
        ("idx_person_orgs_org", PersonOrganisation.schema, "organisation_id"),
        ("idx_person_roles_role", PersonRoleAssignment.schema, "role"),
        ("idx_consent_person_purpose", ConsentRecord.schema, "person_id, purpose"),
        ("idx_audit_at", AuditEntry.schema, "at"),
        ("idx_audit_record", AuditEntry.schema, "record_id"),
        ("idx_audit_actor", AuditEntry.schema, "actor_person_id"),
        ("idx_audit_subject", AuditEntry.schema, "subject_person_id"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run()
        }
    }
}
