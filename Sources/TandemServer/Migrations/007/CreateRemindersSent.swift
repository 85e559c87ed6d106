import Fluent

/// Reminders of due-soon and overdue work, each sent once for each due date.
struct CreateRemindersSent: AsyncMigration {
    var name: String { "007_CreateRemindersSent" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReminderSent.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("subject", .string, .required)
            .field("record_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("due_on", .datetime, .required)
            .field("sent_at", .datetime, .required)
            .unique(on: "subject", "record_id", "kind", "due_on")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReminderSent.schema).delete()
    }
}
