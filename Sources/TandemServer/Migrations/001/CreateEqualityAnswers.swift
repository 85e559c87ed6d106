import Fluent

struct CreateEqualityAnswers: AsyncMigration {
    var name: String { "001_CreateEqualityAnswers" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EqualityAnswers.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("age_band", .string)
            .field("sex", .string)
            .field("gender_identity", .string)
            .field("ethnic_group", .string)
            .field("disability", .string)
            .field("carer", .string)
            .field("updated_at", .datetime)
            .unique(on: "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EqualityAnswers.schema).delete()
    }
}
