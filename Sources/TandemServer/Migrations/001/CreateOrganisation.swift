import Fluent

struct CreateOrganisation: AsyncMigration {
    var name: String { "001_CreateOrganisation" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema)
            .id()
            .field("parent_id", .uuid, .references(Organisation.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("ods_code", .string)
            .field("description", .string)
            .field("search_text", .string, .required)
            .field("is_demo", .bool, .required)
            .field("archived_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "ods_code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organisation.schema).delete()
    }
}
