import Fluent

struct CreateSession: AsyncMigration {
    var name: String { "001_CreateSession" }

    func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema)
            .id()
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("flash", .string)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()

        try await database.schema(LoginAttempt.schema)
            .id()
            .field("email", .string, .required)
            .field("ip_address", .string)
            .field("attempted_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema).delete()
        try await database.schema(UserSession.schema).delete()
    }
}
