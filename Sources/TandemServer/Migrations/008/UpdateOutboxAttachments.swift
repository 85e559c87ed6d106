import Fluent

/// An email can carry one file, such as an event's calendar entry (`.ics`).
struct UpdateOutboxAttachments: AsyncMigration {
    var name: String { "008_UpdateOutboxAttachments" }

    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds a single column per ALTER TABLE.
        let schema = { database.schema(OutboxEmail.schema) }
        try await schema().field("attachment_name", .string).update()
        try await schema().field("attachment_type", .string).update()
        try await schema().field("attachment_body", .string).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["attachment_name", "attachment_type", "attachment_body"] {
            try await database.schema(OutboxEmail.schema).deleteField(.string(field)).update()
        }
    }
}
