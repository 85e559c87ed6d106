import Fluent

/// An event's closing record: what came out of it, and the feedback survey sent to the people who came.
struct UpdateEventsClosing: AsyncMigration {
    var name: String { "009_UpdateEventsClosing" }

    func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        try await database.schema(Event.schema).field("outcomes", .string).update()
        try await database.schema(Event.schema)
            .field("feedback_survey_id", .uuid, .references(Survey.schema, .id, onDelete: .setNull)).update()
        try await database.schema(Event.schema).field("feedback_sent_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["feedback_sent_at", "feedback_survey_id", "outcomes"] {
            try await database.schema(Event.schema).deleteField(.string(column)).update()
        }
    }
}
