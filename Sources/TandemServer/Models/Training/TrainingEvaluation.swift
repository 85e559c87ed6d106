import Fluent
import Foundation
import TandemCore

/// One person's answers to a cohort's questionnaire, before or after. Personal: only the
/// person sees their own; everyone else sees aggregates (`PairedChange`).
final class QuestionnaireResponse: Model, @unchecked Sendable {
    static let schema = "questionnaire_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: TrainingCohort
    @Parent(key: "person_id") var person: Person
    @Field(key: "stage") var stage: QuestionnaireStage
    /// "What would help you most?" before; "What will you do differently?" after.
    @Field(key: "reflection") var reflection: String
    @Field(key: "submitted_at") var submittedAt: Date

    init() {}

    init(cohortID: UUID, personID: UUID, stage: QuestionnaireStage, reflection: String) {
        self.$cohort.id = cohortID
        self.$person.id = personID
        self.stage = stage
        self.reflection = reflection
        self.submittedAt = Date()
    }
}

/// One statement's answer in a questionnaire response, 1 (not at all confident) to 5 (very confident).
final class QuestionnaireAnswer: Model, @unchecked Sendable {
    static let schema = "questionnaire_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "response_id") var response: QuestionnaireResponse
    @Parent(key: "statement_id") var statement: ProgrammeStatement
    @Field(key: "value") var value: Int

    init() {}

    init(responseID: UUID, statementID: UUID, value: Int) {
        self.$response.id = responseID
        self.$statement.id = statementID
        self.value = value
    }
}

/// The short survey after a session: how useful it was and how well the trainers did, 1 to 5,
/// and a comment. Kept without the name of who gave it (`ReactionReceipt` only says they did).
final class SessionReaction: Model, @unchecked Sendable {
    static let schema = "session_reactions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_session_id") var session: CohortSession
    @Field(key: "usefulness") var usefulness: Int
    @Field(key: "trainers") var trainers: Int
    @Field(key: "comment") var comment: String
    @Field(key: "submitted_at") var submittedAt: Date

    init() {}

    init(sessionID: UUID, usefulness: Int, trainers: Int, comment: String) {
        self.$session.id = sessionID
        self.usefulness = usefulness
        self.trainers = trainers
        self.comment = comment
        self.submittedAt = Date()
    }
}

/// That someone answered a session's survey (so they answer once), apart from what they said.
final class ReactionReceipt: Model, @unchecked Sendable {
    static let schema = "reaction_receipts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_session_id") var session: CohortSession
    @Parent(key: "person_id") var person: Person

    init() {}

    init(sessionID: UUID, personID: UUID) {
        self.$session.id = sessionID
        self.$person.id = personID
    }
}

/// A completion certificate, issued only to someone who completed (`CompletionRule`).
final class TrainingCertificate: Model, @unchecked Sendable {
    static let schema = "training_certificates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: TrainingCohort
    @Parent(key: "person_id") var person: Person
    @OptionalParent(key: "issued_by_id") var issuedBy: Person?
    /// "CP-2027-0042": printed on the certificate so it can be checked.
    @Field(key: "number") var number: String
    @Field(key: "issued_at") var issuedAt: Date

    init() {}

    init(cohortID: UUID, personID: UUID, issuedByID: UUID?, number: String) {
        self.$cohort.id = cohortID
        self.$person.id = personID
        self.$issuedBy.id = issuedByID
        self.number = number
        self.issuedAt = Date()
    }
}

/// A project's place on the involvement ladder on a day, kept each time its plan is saved
/// (and when a team enrols), so moves can be read at 3 and 6 months.
final class InvolvementLevelRecord: Model, @unchecked Sendable {
    static let schema = "involvement_level_records"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "level") var level: InvolvementLevel
    @Field(key: "recorded_at") var recordedAt: Date

    init() {}

    init(projectID: UUID, level: InvolvementLevel, recordedAt: Date = Date()) {
        self.$project.id = projectID
        self.level = level
        self.recordedAt = recordedAt
    }
}
