import Fluent

/// Keys Tandem makes for itself, one row each (see `FormTokenKey`).
struct CreateAppSecrets: AsyncMigration {
    var name: String { "005_CreateAppSecrets" }

    func prepare(on database: any Database) async throws {
        try await database.schema("app_secrets")
            .field("name", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("app_secrets").delete()
    }
}
