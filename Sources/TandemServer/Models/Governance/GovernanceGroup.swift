import Fluent
import Foundation
import TandemCore

/// A governance group (a Check and Challenge group, a steering group, a PPG network): its purpose,
/// quorum and members; its meetings are events.
final class GovernanceGroup: Model, @unchecked Sendable {
    static let schema = "governance_groups"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: GroupKind
    @Field(key: "purpose") var purpose: String
    /// Members who count (not advisers) who must be present for decisions.
    @Field(key: "quorum") var quorum: Int
    @Field(key: "meeting_schedule") var meetingSchedule: String
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(name: String, kind: GroupKind, purpose: String, quorum: Int, meetingSchedule: String) {
        self.name = name
        self.kind = kind
        self.purpose = purpose
        self.quorum = quorum
        self.meetingSchedule = meetingSchedule
        self.isDemo = false
        self.createdAt = Date()
    }
}

/// A version of a group's terms of reference; the latest is in force.
final class GroupTermsVersion: Model, @unchecked Sendable {
    static let schema = "group_terms_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Field(key: "version") var version: Int
    @Field(key: "text") var text: String
    @Field(key: "change_note") var changeNote: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(groupID: UUID, version: Int, text: String, changeNote: String) {
        self.$group.id = groupID
        self.version = version
        self.text = text
        self.changeNote = changeNote
        self.createdAt = Date()
    }
}

/// A member of a group with their role and term. Audited: who is on a group is about a person.
final class GroupMember: Model, @unchecked Sendable {
    var auditNote: AuditNote?

    static let schema = "group_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: GroupRole
    @Field(key: "term_starts") var termStarts: Date
    @OptionalField(key: "term_ends") var termEnds: Date?

    init() {}

    init(groupID: UUID, personID: UUID, role: GroupRole, termStarts: Date, termEnds: Date?) {
        self.$group.id = groupID
        self.$person.id = personID
        self.role = role
        self.termStarts = termStarts
        self.termEnds = termEnds
    }

    func isServing(on day: Date) -> Bool { termStarts <= day && (termEnds.map { $0 >= day } ?? true) }
}

extension GroupMember: AuditedRecord {
    static let auditType = AuditRecordType.groupMember
    var auditSubjectPersonID: UUID? { $person.id }
}

/// A meeting of a group: its event, the minutes and where they are, and whether its papers and
/// approved minutes are published beyond the members.
final class GroupMeeting: Model, @unchecked Sendable {
    static let schema = "group_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Parent(key: "event_id") var event: Event
    @Field(key: "minutes") var minutes: String
    @Field(key: "minutes_status") var minutesStatus: MinutesStatus
    /// The later meeting that approved these minutes.
    @OptionalParent(key: "approved_at_id") var approvedAt: GroupMeeting?
    @Field(key: "published") var published: Bool

    init() {}

    init(groupID: UUID, eventID: UUID) {
        self.$group.id = groupID
        self.$event.id = eventID
        self.minutes = ""
        self.minutesStatus = .none
        self.published = false
    }
}

/// An item on a meeting's agenda, with its paper: a library resource or an uploaded file.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: GroupMeeting
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "presenter") var presenter: String?
    @OptionalParent(key: "resource_id") var resource: Resource?
    @OptionalField(key: "paper_file") var paperFile: String?
    @OptionalField(key: "paper_name") var paperName: String?

    init() {}

    init(meetingID: UUID, position: Int, title: String, presenter: String?) {
        self.$meeting.id = meetingID
        self.position = position
        self.title = title
        self.presenter = presenter
    }
}

/// A declaration of interest made at a meeting.
final class InterestDeclaration: Model, @unchecked Sendable {
    static let schema = "interest_declarations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: GroupMeeting
    @Parent(key: "person_id") var person: Person
    @Field(key: "text") var text: String

    init() {}

    init(meetingID: UUID, personID: UUID, text: String) {
        self.$meeting.id = meetingID
        self.$person.id = personID
        self.text = text
    }
}

/// A numbered decision, with the meeting and the quorum at the time.
final class GroupDecision: Model, @unchecked Sendable {
    static let schema = "group_decisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Parent(key: "meeting_id") var meeting: GroupMeeting
    @Field(key: "number") var number: Int
    @Field(key: "text") var text: String
    @Field(key: "present") var present: Int
    @Field(key: "quorum") var quorum: Int
    @Field(key: "quorate") var quorate: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(groupID: UUID, meetingID: UUID, number: Int, text: String, present: Int, quorum: Int) {
        self.$group.id = groupID
        self.$meeting.id = meetingID
        self.number = number
        self.text = text
        self.present = present
        self.quorum = quorum
        self.quorate = GovernanceRules.isQuorate(presentCounting: present, quorum: quorum)
        self.createdAt = Date()
    }
}

/// An action on the group's action log, raised at a meeting and carried until done or dropped.
final class GroupAction: Model, @unchecked Sendable {
    static let schema = "group_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Parent(key: "raised_at_id") var raisedAt: GroupMeeting
    @Field(key: "text") var text: String
    @Field(key: "owner") var owner: String
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "status") var status: GroupActionStatus
    @OptionalField(key: "update_note") var updateNote: String?
    /// The meeting at which it was closed (done or dropped).
    @OptionalParent(key: "closed_at_id") var closedAt: GroupMeeting?

    init() {}

    init(groupID: UUID, meetingID: UUID, text: String, owner: String, dueOn: Date?) {
        self.$group.id = groupID
        self.$raisedAt.id = meetingID
        self.text = text
        self.owner = owner
        self.dueOn = dueOn
        self.status = .open
    }
}

/// A comment by a member on draft minutes shared with them.
final class MinutesComment: Model, @unchecked Sendable {
    static let schema = "minutes_comments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: GroupMeeting
    @Parent(key: "person_id") var person: Person
    @Field(key: "text") var text: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(meetingID: UUID, personID: UUID, text: String) {
        self.$meeting.id = meetingID
        self.$person.id = personID
        self.text = text
        self.createdAt = Date()
    }
}

/// An item on the challenge register: what was brought, the challenge raised, the response asked for
/// and by when, the response given, and what the group decided about it.
final class Challenge: Model, @unchecked Sendable {
    static let schema = "challenges"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Field(key: "item") var item: String
    @Field(key: "brought_by") var broughtBy: String
    @Field(key: "challenge") var challenge: String
    @Field(key: "response_asked") var responseAsked: String
    @OptionalField(key: "response_due") var responseDue: Date?
    @OptionalField(key: "response") var response: String?
    @Field(key: "outcome") var outcome: ChallengeOutcome
    @Field(key: "raised_on") var raisedOn: Date

    init() {}

    init(groupID: UUID, item: String, broughtBy: String, challenge: String, responseAsked: String, responseDue: Date?) {
        self.$group.id = groupID
        self.item = item
        self.broughtBy = broughtBy
        self.challenge = challenge
        self.responseAsked = responseAsked
        self.responseDue = responseDue
        self.outcome = .awaitingResponse
        self.raisedOn = Date()
    }
}

/// A phase of the programme plan the group oversees, with its aims, checkpoints and status.
final class PlanPhase: Model, @unchecked Sendable {
    static let schema = "plan_phases"

    @ID(key: .id) var id: UUID?
    @Parent(key: "group_id") var group: GovernanceGroup
    @Field(key: "name") var name: String
    @Field(key: "starts_on") var startsOn: Date
    @Field(key: "ends_on") var endsOn: Date
    @Field(key: "aims") var aims: String
    @Field(key: "checkpoints") var checkpoints: [String]
    @Field(key: "status") var status: PhaseStatus
    @OptionalField(key: "report") var report: String?

    init() {}

    init(groupID: UUID, name: String, startsOn: Date, endsOn: Date, aims: String, checkpoints: [String]) {
        self.$group.id = groupID
        self.name = name
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.aims = aims
        self.checkpoints = checkpoints
        self.status = .notStarted
    }
}
