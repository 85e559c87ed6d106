import Fluent

/// New email addresses for people's own profiles, waiting to be confirmed (see `EmailChangeRequest`).
struct CreateEmailChangeRequests: AsyncMigration {
    var name: String { "005_CreateEmailChangeRequests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EmailChangeRequest.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("new_email", .string, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EmailChangeRequest.schema).delete()
    }
}
