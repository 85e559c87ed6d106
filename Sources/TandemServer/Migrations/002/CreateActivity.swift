import Fluent

struct CreateActivity: AsyncMigration {
    var name: String { "002_CreateActivity" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Checklist.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .create()
        try await database.schema(ChecklistItem.schema)
            .id()
            .field("checklist_id", .uuid, .required, .references(Checklist.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .create()
        try await database.schema(Activity.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("checklist_id", .uuid, .references(Checklist.schema, .id, onDelete: .setNull))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("held_on", .datetime)
            .field("place", .string, .required)
            .field("participants", .int)
            .field("notes", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(ActivityFacilitator.schema)
            .id()
            .field("activity_id", .uuid, .required, .references(Activity.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "activity_id", "person_id")
            .create()
        try await database.schema(ChecklistScoreRecord.schema)
            .id()
            .field("activity_id", .uuid, .required, .references(Activity.schema, .id, onDelete: .cascade))
            .field("item_id", .uuid, .required, .references(ChecklistItem.schema, .id, onDelete: .cascade))
            .field("score", .string, .required)
            .field("comment", .string, .required)
            .unique(on: "activity_id", "item_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            ChecklistScoreRecord.schema, ActivityFacilitator.schema, Activity.schema, ChecklistItem.schema,
            Checklist.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
