import Fluent

/// Who runs each event.
struct CreateEventFacilitators: AsyncMigration {
    var name: String { "009_CreateEventFacilitators" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EventFacilitator.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .unique(on: "event_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventFacilitator.schema).delete()
    }
}
