import Fluent
import SQLKit

/// People's Tandem inboxes and the outbox of emails.
struct CreateMessages: AsyncMigration {
    var name: String { "004_CreateMessages" }

    func prepare(on database: any Database) async throws {
        try await database.schema(InboxMessage.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("link", .string)
            .field("read_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(OutboxEmail.schema)
            .id()
            .field("person_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("to_address", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_inbox_person ON inbox_messages (person_id, created_at)").run()
        try await sql.raw("CREATE INDEX idx_outbox_status ON outbox_emails (status, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxEmail.schema).delete()
        try await database.schema(InboxMessage.schema).delete()
    }
}
