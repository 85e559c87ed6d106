import Fluent

struct CreatePerson: AsyncMigration {
    var name: String { "001_CreatePerson" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema)
            .id()
            .field("name", .string, .required)
            .field("preferred_name", .string)
            .field("pronouns", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("postcode_district", .string)
            .field("lived_experience", .array(of: .string), .required)
            .field("skills", .array(of: .string), .required)
            .field("access_needs", .array(of: .string), .required)
            .field("access_needs_other", .string)
            .field("search_text", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()

        try await database.schema(PersonRoleAssignment.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "person_id", "role")
            .create()

        try await database.schema(PersonOrganisation.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .unique(on: "person_id", "organisation_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PersonOrganisation.schema).delete()
        try await database.schema(PersonRoleAssignment.schema).delete()
        try await database.schema(Person.schema).delete()
    }
}
