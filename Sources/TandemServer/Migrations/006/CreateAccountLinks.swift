import Fluent

/// Invitations and password resets by single-use link.
struct CreateAccountLinks: AsyncMigration {
    var name: String { "006_CreateAccountLinks" }

    func prepare(on database: any Database) async throws {
        try await database.schema(AccountLink.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccountLink.schema).delete()
    }
}
