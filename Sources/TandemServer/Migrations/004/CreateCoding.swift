import Fluent
import SQLKit

/// Codebooks, codings, each coder's calls and the projects' trained models;
/// and on each piece of evidence, what coding decided about it.
struct CreateCoding: AsyncMigration {
    var name: String { "004_CreateCoding" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Theme.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("parent_id", .uuid, .references(Theme.schema, .id, onDelete: .setNull))
            .field("key", .string)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "project_id", "name")
            .create()
        try await database.schema(Coding.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("feedback_item_id", .uuid, .required, .references(FeedbackItem.schema, .id, onDelete: .cascade))
            .field("theme_id", .uuid, .required, .references(Theme.schema, .id, onDelete: .cascade))
            .field("coder_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("suggested_by", .string)
            .field("confidence", .double)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ItemReview.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("feedback_item_id", .uuid, .required, .references(FeedbackItem.schema, .id, onDelete: .cascade))
            .field("coder_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("sentiment", .string, .required)
            .field("quotable", .bool, .required)
            .field("coded_at", .datetime, .required)
            .unique(on: "feedback_item_id", "coder_id")
            .create()
        try await database.schema(StoredThemeModel.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("examples", .int, .required)
            .field("data", .data, .required)
            .field("trained_at", .datetime, .required)
            .unique(on: "project_id")
            .create()
        try await database.schema(FeedbackItem.schema)
            .field("quotable", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema(FeedbackItem.schema).field("sentiment", .string).update()
        try await database.schema(FeedbackItem.schema).field("coded_at", .datetime).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX idx_codings_item ON codings (feedback_item_id)").run()
        try await sql.raw("CREATE INDEX idx_codings_project_theme ON codings (project_id, theme_id)").run()
        // Covers the theme overview's "has coding changed?" question, asked on every view.
        try await sql.raw("CREATE INDEX idx_codings_project_coder_created ON codings (project_id, coder_id, created_at)").run()
        try await sql.raw("CREATE INDEX idx_item_reviews_project ON item_reviews (project_id, coder_id)").run()
        try await sql.raw("CREATE INDEX idx_feedback_uncoded ON feedback_items (project_id, coded_at)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX IF EXISTS idx_feedback_uncoded").run()
        for column in ["coded_at", "sentiment", "quotable"] {
            try await database.schema(FeedbackItem.schema).deleteField(.string(column)).update()
        }
        try await database.schema(StoredThemeModel.schema).delete()
        try await database.schema(ItemReview.schema).delete()
        try await database.schema(Coding.schema).delete()
        try await database.schema(Theme.schema).delete()
    }
}
