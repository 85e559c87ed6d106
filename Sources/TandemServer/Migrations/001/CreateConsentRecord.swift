import Fluent

struct CreateConsentRecord: AsyncMigration {
    var name: String { "001_CreateConsentRecord" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ConsentRecord.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("recorded_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("withdrawn_recorded_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("purpose", .string, .required)
            .field("how_given", .string, .required)
            .field("given_at", .datetime, .required)
            .field("withdrawn_at", .datetime)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConsentRecord.schema).delete()
    }
}
