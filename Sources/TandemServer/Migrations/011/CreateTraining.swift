import Fluent
import SQLKit
import TandemCore

/// Co-production training: programmes with their curricula, trainers and statements; cohorts
/// with their sessions (events), teams and members; the questionnaires, session surveys and
/// certificates; projects' places on the involvement ladder over time; time given, for recognition.
struct CreateTraining: AsyncMigration {
    var name: String { "011_CreateTraining" }

    static let indexes = [
        TableIndex(name: "idx_programme_trainers_person", table: "programme_trainers", columns: "person_id"),
        TableIndex(name: "idx_curriculum_sessions_programme", table: "curriculum_sessions", columns: "programme_id, position"),
        TableIndex(name: "idx_training_cohorts_programme", table: "training_cohorts", columns: "programme_id"),
        TableIndex(name: "idx_cohort_sessions_cohort", table: "cohort_sessions", columns: "cohort_id"),
        TableIndex(name: "idx_training_teams_cohort", table: "training_teams", columns: "cohort_id"),
        TableIndex(name: "idx_training_teams_organisation", table: "training_teams", columns: "organisation_id"),
        TableIndex(name: "idx_training_team_members_person", table: "training_team_members", columns: "person_id"),
        TableIndex(name: "idx_questionnaire_answers_response", table: "questionnaire_answers", columns: "response_id"),
        TableIndex(name: "idx_session_reactions_session", table: "session_reactions", columns: "cohort_session_id"),
        TableIndex(
            name: "idx_involvement_level_records_project", table: "involvement_level_records", columns: "project_id, recorded_at"),
        TableIndex(name: "idx_time_records_person", table: "time_records", columns: "person_id, day"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(TrainingProgramme.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("created_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("aims", .string, .required)
            .field("sessions_required", .int)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ProgrammeTrainer.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(TrainingProgramme.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .unique(on: "programme_id", "person_id")
            .create()
        try await database.schema(CurriculumSession.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(TrainingProgramme.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("outcomes", .string, .required)
            .field("minutes", .int, .required)
            .field("materials", .array(of: .uuid), .required)
            .field("trainers", .array(of: .uuid), .required)
            .create()
        try await database.schema(ProgrammeStatement.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(TrainingProgramme.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .create()
        try await database.schema(TrainingCohort.schema)
            .id()
            .field("programme_id", .uuid, .required, .references(TrainingProgramme.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("first_day", .datetime, .required)
            .field("last_day", .datetime, .required)
            .field("venue", .string, .required)
            .field("team_places", .int)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(CohortSession.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(TrainingCohort.schema, .id, onDelete: .cascade))
            .field(
                "curriculum_session_id", .uuid, .required, .references(CurriculumSession.schema, .id, onDelete: .cascade)
            )
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .unique(on: "cohort_id", "curriculum_session_id")
            .create()
        try await database.schema(TrainingTeam.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(TrainingCohort.schema, .id, onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(TrainingTeamMember.schema)
            .id()
            .field("team_id", .uuid, .required, .references(TrainingTeam.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .unique(on: "team_id", "person_id")
            .create()
        try await database.schema(QuestionnaireResponse.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(TrainingCohort.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("stage", .string, .required)
            .field("reflection", .string, .required)
            .field("submitted_at", .datetime, .required)
            .unique(on: "cohort_id", "person_id", "stage")
            .create()
        try await database.schema(QuestionnaireAnswer.schema)
            .id()
            .field("response_id", .uuid, .required, .references(QuestionnaireResponse.schema, .id, onDelete: .cascade))
            .field("statement_id", .uuid, .required, .references(ProgrammeStatement.schema, .id, onDelete: .cascade))
            .field("value", .int, .required)
            .create()
        try await database.schema(SessionReaction.schema)
            .id()
            .field("cohort_session_id", .uuid, .required, .references(CohortSession.schema, .id, onDelete: .cascade))
            .field("usefulness", .int, .required)
            .field("trainers", .int, .required)
            .field("comment", .string, .required)
            .field("submitted_at", .datetime, .required)
            .create()
        try await database.schema(ReactionReceipt.schema)
            .id()
            .field("cohort_session_id", .uuid, .required, .references(CohortSession.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .unique(on: "cohort_session_id", "person_id")
            .create()
        try await database.schema(TrainingCertificate.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(TrainingCohort.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("issued_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("number", .string, .required)
            .field("issued_at", .datetime, .required)
            .unique(on: "cohort_id", "person_id")
            .unique(on: "number")
            .create()
        try await database.schema(InvolvementLevelRecord.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("level", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.schema(TimeRecord.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .references(Event.schema, .id, onDelete: .setNull))
            .field("kind", .string, .required)
            .field("activity", .string, .required)
            .field("day", .datetime, .required)
            .field("hours", .double, .required)
            .field("preparation_hours", .double, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await TableIndex.create(Self.indexes, on: database)
        // Projects planned before this release start their history on the ladder today.
        let entries = try await InvolvementPlanEntry.query(on: database).all()
        for (projectID, plan) in Dictionary(grouping: entries, by: \.$project.id) {
            if let level = InvolvementLadder.level(of: InvolvementPlanEntry.levels(plan)) {
                try await InvolvementLevelRecord(projectID: projectID, level: level).create(on: database)
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            TimeRecord.schema, InvolvementLevelRecord.schema, TrainingCertificate.schema, ReactionReceipt.schema,
            SessionReaction.schema, QuestionnaireAnswer.schema, QuestionnaireResponse.schema, TrainingTeamMember.schema,
            TrainingTeam.schema, CohortSession.schema, TrainingCohort.schema, ProgrammeStatement.schema,
            CurriculumSession.schema, ProgrammeTrainer.schema, TrainingProgramme.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
