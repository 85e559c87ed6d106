import Fluent
import SQLKit

/// Indexes for the project dashboard and the evidence libraries, which must
/// answer quickly with a hundred thousand comments.
struct CreateProjectIndexes: AsyncMigration {
    var name: String { "002_CreateProjectIndexes" }

    static let indexes: [(name: String, table: String, columns: String, unique: Bool)] = [
        ("idx_projects_org", Project.schema, "organisation_id", false),
        ("idx_project_members_person", ProjectMember.schema, "person_id", false),
        ("idx_milestones_project_due", ProjectMilestone.schema, "project_id, due_on", false),
        ("idx_surveys_project", Survey.schema, "project_id", false),
        ("idx_questions_survey", SurveyQuestion.schema, "survey_id, position", false),
        ("idx_responses_survey", SurveyResponse.schema, "survey_id", false),
        ("idx_answers_response", SurveyAnswer.schema, "response_id", false),
        ("idx_answers_question", SurveyAnswer.schema, "question_id, value", false),
        ("idx_activities_project", Activity.schema, "project_id", false),
        ("idx_stories_project", Story.schema, "project_id", false),
        ("idx_feedback_project_created", FeedbackItem.schema, "project_id, created_at", false),
        ("idx_feedback_org_created", FeedbackItem.schema, "organisation_id, created_at", false),
        ("idx_feedback_project_method", FeedbackItem.schema, "project_id, method", false),
        ("idx_feedback_project_occurred", FeedbackItem.schema, "project_id, occurred_on", false),
        ("idx_feedback_source", FeedbackItem.schema, "source_id", false),
        ("idx_feedback_fingerprint", FeedbackItem.schema, "project_id, fingerprint", true),
        ("idx_import_jobs_project", ImportJob.schema, "project_id", false),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("CREATE \(unsafeRaw: index.unique ? "UNIQUE " : "")INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes { try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run() }
    }
}
