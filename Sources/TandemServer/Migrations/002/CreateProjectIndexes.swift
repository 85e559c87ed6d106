import Fluent
import SQLKit

/// Indexes for the project dashboard and the evidence libraries, which must
/// answer quickly with a hundred thousand comments.
struct CreateProjectIndexes: AsyncMigration {
    var name: String { "002_CreateProjectIndexes" }

    static let indexes: [TableIndex] = [
        .init(name: "idx_projects_org", table: Project.schema, columns: "organisation_id"),
        .init(name: "idx_project_members_person", table: ProjectMember.schema, columns: "person_id"),
        .init(name: "idx_milestones_project_due", table: ProjectMilestone.schema, columns: "project_id, due_on"),
        .init(name: "idx_surveys_project", table: Survey.schema, columns: "project_id"),
        .init(name: "idx_questions_survey", table: SurveyQuestion.schema, columns: "survey_id, position"),
        .init(name: "idx_responses_survey", table: SurveyResponse.schema, columns: "survey_id"),
        .init(name: "idx_answers_response", table: SurveyAnswer.schema, columns: "response_id"),
        .init(name: "idx_answers_question", table: SurveyAnswer.schema, columns: "question_id, value"),
        .init(name: "idx_activities_project", table: Activity.schema, columns: "project_id"),
        .init(name: "idx_stories_project", table: Story.schema, columns: "project_id"),
        .init(name: "idx_feedback_project_created", table: FeedbackItem.schema, columns: "project_id, created_at"),
        .init(name: "idx_feedback_org_created", table: FeedbackItem.schema, columns: "organisation_id, created_at"),
        .init(name: "idx_feedback_project_method", table: FeedbackItem.schema, columns: "project_id, method"),
        .init(name: "idx_feedback_project_occurred", table: FeedbackItem.schema, columns: "project_id, occurred_on"),
        .init(name: "idx_feedback_source", table: FeedbackItem.schema, columns: "source_id"),
        .init(name: "idx_feedback_fingerprint", table: FeedbackItem.schema, columns: "project_id, fingerprint", unique: true),
        .init(name: "idx_import_jobs_project", table: ImportJob.schema, columns: "project_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
    }
}
