import Fluent
import SQLKit

/// Findings with their themes and evidence; recommendations with the findings
/// behind them and their progress; a report's own words on each project.
struct CreateFindingsAndRecommendations: AsyncMigration {
    var name: String { "004_CreateFindingsAndRecommendations" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Finding.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("created_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("statement", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(FindingTheme.schema)
            .id()
            .field("finding_id", .uuid, .required, .references(Finding.schema, .id, onDelete: .cascade))
            .field("theme_id", .uuid, .required, .references(Theme.schema, .id, onDelete: .cascade))
            .unique(on: "finding_id", "theme_id")
            .create()
        try await database.schema(FindingEvidence.schema)
            .id()
            .field("finding_id", .uuid, .required, .references(Finding.schema, .id, onDelete: .cascade))
            .field("feedback_item_id", .uuid, .required, .references(FeedbackItem.schema, .id, onDelete: .cascade))
            .field("is_quote", .bool, .required)
            .unique(on: "finding_id", "feedback_item_id")
            .create()
        try await database.schema(Recommendation.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("owner_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("text", .string, .required)
            .field("priority", .string, .required)
            .field("due_on", .datetime)
            .field("status", .string, .required)
            .field("decline_reason", .string)
            .field("implemented_on", .datetime)
            .field("review_due_on", .datetime)
            .field("review_requested_at", .datetime)
            .field("is_published", .bool, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema(RecommendationFinding.schema)
            .id()
            .field("recommendation_id", .uuid, .required, .references(Recommendation.schema, .id, onDelete: .cascade))
            .field("finding_id", .uuid, .required, .references(Finding.schema, .id, onDelete: .cascade))
            .unique(on: "recommendation_id", "finding_id")
            .create()
        try await database.schema(RecommendationUpdate.schema)
            .id()
            .field("recommendation_id", .uuid, .required, .references(Recommendation.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("written_on", .datetime, .required)
            .field("text", .string, .required)
            .field("evidence_link", .string)
            .field("evidence_file", .string)
            .field("evidence_file_name", .string)
            .field("status_from", .string)
            .field("status_to", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(Project.schema).field("report_summary", .string).update()
        try await database.schema(Project.schema).field("report_background", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_recommendations_organisation ON recommendations (organisation_id, status)").run()
        try await sql.raw("CREATE INDEX idx_recommendations_project ON recommendations (project_id)").run()
        try await sql.raw("CREATE INDEX idx_finding_evidence_item ON finding_evidence (feedback_item_id)").run()
    }

    func revert(on database: any Database) async throws {
        for column in ["report_background", "report_summary"] {
            try await database.schema(Project.schema).deleteField(.string(column)).update()
        }
        for schema in [
            RecommendationUpdate.schema, RecommendationFinding.schema, Recommendation.schema,
            FindingEvidence.schema, FindingTheme.schema, Finding.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
