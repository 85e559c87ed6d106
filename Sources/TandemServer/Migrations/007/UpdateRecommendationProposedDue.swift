import Fluent

/// An acting organisation can propose a new due date for an overdue recommendation; the
/// project's coordinator agrees it or keeps the old one.
struct UpdateRecommendationProposedDue: AsyncMigration {
    var name: String { "007_UpdateRecommendationProposedDue" }

    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds a single column per ALTER TABLE.
        let schema = { database.schema(Recommendation.schema) }
        try await schema().field("proposed_due_on", .datetime).update()
        try await schema().field("proposed_due_reason", .string).update()
        try await schema().field("proposed_due_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull)).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["proposed_due_on", "proposed_due_reason", "proposed_due_by_id"] {
            try await database.schema(Recommendation.schema).deleteField(.string(field)).update()
        }
    }
}
