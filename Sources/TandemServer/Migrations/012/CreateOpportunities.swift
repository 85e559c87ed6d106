import Fluent
import SQLKit

/// Involvement opportunities and the people interested in them.
struct CreateOpportunities: AsyncMigration {
    var name: String { "012_CreateOpportunities" }

    static let indexes = [
        TableIndex(name: "idx_opportunities_status", table: "opportunities", columns: "status, closes_on"),
        TableIndex(name: "idx_opportunity_interests_person", table: "opportunity_interests", columns: "person_id, status"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(Opportunity.schema)
            .id()
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("category", .string, .required)
            .field("rung", .string, .required)
            .field("kind", .string, .required)
            .field("organisation_id", .uuid, .references(Organisation.schema, .id, onDelete: .setNull))
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .field("time_commitment", .string, .required)
            .field("hours", .double, .required)
            .field("regular", .bool, .required)
            .field("starts_on", .datetime)
            .field("ends_on", .datetime)
            .field("setting", .string, .required)
            .field("access_information", .string)
            .field("access_offered", .array(of: .string), .required)
            .field("paid", .bool, .required)
            .field("level", .string, .required)
            .field("experience", .array(of: .string), .required)
            .field("skills", .array(of: .string), .required)
            .field("wants_to_reach", .array(of: .string), .required)
            .field("places", .int, .required)
            .field("closes_on", .datetime, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .field("status", .string, .required)
            .field("created_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(OpportunityInterest.schema)
            .id()
            .field("opportunity_id", .uuid, .required, .references(Opportunity.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("note", .string, .required)
            .field("availability", .string, .required)
            .field("status", .string, .required)
            .field("from_public_page", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("decided_at", .datetime)
            .unique(on: "opportunity_id", "person_id")
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        try await database.schema(OpportunityInterest.schema).delete()
        try await database.schema(Opportunity.schema).delete()
    }
}
