import Fluent
import Foundation
import TandemCore

/// A co-production training programme: its aims, the organisation that runs it, its
/// curriculum of sessions, its trainers and how many sessions someone must attend to complete.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class TrainingProgramme: Model, @unchecked Sendable {
    static let schema = "training_programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "created_by_id") var createdBy: Person?

    @Field(key: "name") var name: String
    @Field(key: "aims") var aims: String
    /// The completion rule: how many of the curriculum's sessions must be attended; nil until decided.
    @OptionalField(key: "sessions_required") var sessionsRequired: Int?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, name: String, aims: String, createdByID: UUID?, isDemo: Bool = false) {
        self.$organisation.id = organisationID
        self.$createdBy.id = createdByID
        self.name = name
        self.aims = aims
        self.isDemo = isDemo
        self.createdAt = Date()
    }
}

/// A trainer on a programme: a patient trainer or a member of staff.
final class ProgrammeTrainer: Model, @unchecked Sendable {
    static let schema = "programme_trainers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: TrainingProgramme
    @Parent(key: "person_id") var person: Person
    @Field(key: "kind") var kind: TrainerKind

    init() {}

    init(programmeID: UUID, personID: UUID, kind: TrainerKind) {
        self.$programme.id = programmeID
        self.$person.id = personID
        self.kind = kind
    }
}

/// One session of a programme's curriculum: what it covers, how long, its materials from the
/// resource library, and who leads and co-delivers it.
final class CurriculumSession: Model, @unchecked Sendable {
    static let schema = "curriculum_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: TrainingProgramme
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "outcomes") var outcomes: String
    @Field(key: "minutes") var minutes: Int
    /// Resources from the library, in the order given.
    @Field(key: "materials") var materials: [UUID]
    /// The programme's trainers who deliver it: the lead first, then the co-trainers.
    @Field(key: "trainers") var trainers: [UUID]

    init() {}

    init(programmeID: UUID, position: Int, title: String, outcomes: String, minutes: Int) {
        self.$programme.id = programmeID
        self.position = position
        self.title = title
        self.outcomes = outcomes
        self.minutes = minutes
        self.materials = []
        self.trainers = []
    }
}

/// A confidence statement asked before the first session and after the last, answered 1 to 5.
final class ProgrammeStatement: Model, @unchecked Sendable {
    static let schema = "programme_statements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: TrainingProgramme
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String

    init() {}

    init(programmeID: UUID, position: Int, text: String) {
        self.$programme.id = programmeID
        self.position = position
        self.text = text
    }
}
