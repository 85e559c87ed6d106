import Fluent

struct CreateAuditEntry: AsyncMigration {
    var name: String { "001_CreateAuditEntry" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("actor_person_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("subject_person_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .uuid, .required)
            .field("record_label", .string, .required)
            .field("fields", .array(of: .string), .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}
