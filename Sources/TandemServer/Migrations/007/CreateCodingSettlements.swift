import Fluent

/// Settling coders' disagreements: the agreed coding of a comment is recorded, and the
/// themes it leaves out are set aside (kept, so agreement between coders is still measured
/// on what each said on their own).
struct CreateCodingSettlements: AsyncMigration {
    var name: String { "007_CreateCodingSettlements" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CodingSettlement.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("feedback_item_id", .uuid, .required, .references(FeedbackItem.schema, .id, onDelete: .cascade))
            .field("settled_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("note", .string)
            .field("settled_at", .datetime, .required)
            .unique(on: "feedback_item_id")
            .create()
        try await database.schema(Coding.schema).field("set_aside", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Coding.schema).deleteField("set_aside").update()
        try await database.schema(CodingSettlement.schema).delete()
    }
}
