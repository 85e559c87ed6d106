import Fluent
import Foundation
import TandemCore

/// One running of a programme: its days, where it meets, its sessions (events) and its teams.
final class TrainingCohort: Model, @unchecked Sendable {
    static let schema = "training_cohorts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: TrainingProgramme
    @Field(key: "name") var name: String
    @Field(key: "first_day") var firstDay: Date
    @Field(key: "last_day") var lastDay: Date
    /// Where the sessions are held, as said to people ("Trust HQ, Room 2, or online").
    @Field(key: "venue") var venue: String
    /// How many teams it takes; nil for no limit.
    @OptionalField(key: "team_places") var teamPlaces: Int?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(programmeID: UUID, name: String, firstDay: Date, lastDay: Date, venue: String, teamPlaces: Int?, isDemo: Bool = false) {
        self.$programme.id = programmeID
        self.name = name
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.venue = venue
        self.teamPlaces = teamPlaces
        self.isDemo = isDemo
        self.createdAt = Date()
    }
}

/// A curriculum session scheduled for a cohort, as an event (its time, place, register and attendance).
final class CohortSession: Model, @unchecked Sendable {
    static let schema = "cohort_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: TrainingCohort
    @Parent(key: "curriculum_session_id") var curriculumSession: CurriculumSession
    @Parent(key: "event_id") var event: Event

    init() {}

    init(cohortID: UUID, curriculumSessionID: UUID, eventID: UUID) {
        self.$cohort.id = cohortID
        self.$curriculumSession.id = curriculumSessionID
        self.$event.id = eventID
    }
}

/// A team enrolled in a cohort, with the improvement project it works on during it.
final class TrainingTeam: Model, @unchecked Sendable {
    static let schema = "training_teams"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: TrainingCohort
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "project_id") var project: Project?
    @Field(key: "name") var name: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(cohortID: UUID, organisationID: UUID, projectID: UUID?, name: String) {
        self.$cohort.id = cohortID
        self.$organisation.id = organisationID
        self.$project.id = projectID
        self.name = name
        self.createdAt = Date()
    }
}

/// Someone on a team: staff, or a patient partner, service user or community member.
/// Audited: it is a record about a person.
final class TrainingTeamMember: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "training_team_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "team_id") var team: TrainingTeam
    @Parent(key: "person_id") var person: Person
    @Field(key: "kind") var kind: TeamMemberKind

    init() {}

    init(teamID: UUID, personID: UUID, kind: TeamMemberKind) {
        self.$team.id = teamID
        self.$person.id = personID
        self.kind = kind
    }
}

extension TrainingTeamMember: AuditedRecord {
    static let auditType = AuditRecordType.trainingTeamMember
    var auditSubjectPersonID: UUID? { $person.id }
}
