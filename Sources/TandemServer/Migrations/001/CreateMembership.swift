import Fluent

struct CreateMembership: AsyncMigration {
    var name: String { "001_CreateMembership" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Membership.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("tier", .string, .required)
            .field("starts_on", .datetime, .required)
            .field("renews_on", .datetime, .required)
            .field("notes", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organisation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Membership.schema).delete()
    }
}
