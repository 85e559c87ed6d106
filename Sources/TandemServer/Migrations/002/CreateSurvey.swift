import Fluent

struct CreateSurvey: AsyncMigration {
    var name: String { "002_CreateSurvey" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Survey.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("introduction", .string, .required)
            .field("audience", .string, .required)
            .field("status", .string, .required)
            .field("public_token", .string, .required)
            .field("closes_on", .datetime)
            .field("asks_demographics", .bool, .required)
            .field("invited", .int)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "public_token")
            .create()
        try await database.schema(SurveyQuestion.schema)
            .id()
            .field("survey_id", .uuid, .required, .references(Survey.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("help_text", .string, .required)
            .field("required", .bool, .required)
            .field("options", .array(of: .string), .required)
            .create()
        try await database.schema(SurveyResponse.schema)
            .id()
            .field("survey_id", .uuid, .required, .references(Survey.schema, .id, onDelete: .cascade))
            .field("entered_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("source", .string, .required)
            .field("consent_scope", .string, .required)
            .field("age_band", .string)
            .field("sex", .string)
            .field("gender_identity", .string)
            .field("ethnic_group", .string)
            .field("disability", .string)
            .field("carer", .string)
            .field("submitted_at", .datetime, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await database.schema(SurveyAnswer.schema)
            .id()
            .field("response_id", .uuid, .required, .references(SurveyResponse.schema, .id, onDelete: .cascade))
            .field("question_id", .uuid, .required, .references(SurveyQuestion.schema, .id, onDelete: .cascade))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [SurveyAnswer.schema, SurveyResponse.schema, SurveyQuestion.schema, Survey.schema] {
            try await database.schema(schema).delete()
        }
    }
}
