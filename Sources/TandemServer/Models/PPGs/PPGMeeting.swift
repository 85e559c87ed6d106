import Fluent
import Foundation
import TandemCore

/// A meeting on a PPG's record: its own, or a PCN meeting it was represented at. Who came:
/// members by name (`PPGAttendance`), practice staff and a PCN representative as counts.
final class PPGMeeting: Model, @unchecked Sendable {
    static let schema = "ppg_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    /// The event it was run as, when it was advertised through Tandem.
    @OptionalParent(key: "event_id") var event: Event?

    @Field(key: "kind") var kind: PPGMeetingKind
    @Field(key: "held_on") var heldOn: Date
    @Field(key: "staff_present") var staffPresent: Int
    @Field(key: "pcn_representative") var pcnRepresentative: Bool
    @Field(key: "notes") var notes: String

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(ppgID: UUID, kind: PPGMeetingKind, heldOn: Date, staffPresent: Int, pcnRepresentative: Bool, notes: String) {
        self.$ppg.id = ppgID
        self.kind = kind
        self.heldOn = heldOn
        self.staffPresent = staffPresent
        self.pcnRepresentative = pcnRepresentative
        self.notes = notes
    }
}

/// A member present at a meeting.
final class PPGAttendance: Model, @unchecked Sendable {
    static let schema = "ppg_attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: PPGMeeting
    @Parent(key: "member_id") var member: PPGMember

    init() {}

    init(meetingID: UUID, memberID: UUID) {
        self.$meeting.id = meetingID
        self.$member.id = memberID
    }
}

/// An action agreed at a meeting, with its owner, due date and the practice's answer.
final class PPGAction: Model, @unchecked Sendable {
    static let schema = "ppg_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @Parent(key: "meeting_id") var meeting: PPGMeeting

    @Field(key: "text") var text: String
    /// Who will do it, as the minutes name them ("Practice manager", "Chair").
    @Field(key: "owner") var owner: String
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "status") var status: PPGActionStatus
    @OptionalField(key: "response") var response: String?
    @Field(key: "raised_on") var raisedOn: Date

    init() {}

    init(ppgID: UUID, meetingID: UUID, text: String, owner: String, dueOn: Date?, raisedOn: Date) {
        self.$ppg.id = ppgID
        self.$meeting.id = meetingID
        self.text = text
        self.owner = owner
        self.dueOn = dueOn
        self.status = .open
        self.raisedOn = raisedOn
    }

    /// The practice answered: a response written, or the action done.
    var answered: Bool { status == .done || !(response ?? "").isEmpty }
}

/// A change at the practice that the PPG records itself ("You said, we did").
final class PPGImprovement: Model, @unchecked Sendable {
    static let schema = "ppg_improvements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @OptionalParent(key: "recorded_by_id") var recordedBy: Person?

    @Field(key: "you_said") var youSaid: String
    @Field(key: "we_did") var weDid: String
    @Field(key: "made_on") var madeOn: Date

    init() {}

    init(ppgID: UUID, youSaid: String, weDid: String, madeOn: Date, recordedByID: UUID?) {
        self.$ppg.id = ppgID
        self.youSaid = youSaid
        self.weDid = weDid
        self.madeOn = madeOn
        self.$recordedBy.id = recordedByID
    }
}
