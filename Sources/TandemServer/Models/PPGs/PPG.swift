import Fluent
import Foundation
import TandemCore

/// A GP practice's Patient Participation Group: one per practice.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class PPG: Model, @unchecked Sendable {
    static let schema = "ppgs"

    @ID(key: .id) var id: UUID?

    @Parent(key: "practice_id") var practice: Organisation
    /// The practice's lead for the PPG, a member of staff.
    @OptionalParent(key: "lead_id") var lead: Person?

    @Field(key: "name") var name: String
    @Field(key: "meeting_format") var meetingFormat: PPGMeetingFormat
    /// In words: "Every two months, on a Tuesday evening".
    @Field(key: "meeting_frequency") var meetingFrequency: String
    @OptionalField(key: "started_on") var startedOn: Date?
    /// Shown on the public directory.
    @Field(key: "how_to_join") var howToJoin: String
    /// What was done this year to reach under-represented groups, for the yearly statement.
    @OptionalField(key: "outreach") var outreach: String?
    @Field(key: "status") var status: PPGStatus
    @Field(key: "is_demo") var isDemo: Bool

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        practiceID: UUID, name: String, meetingFormat: PPGMeetingFormat, meetingFrequency: String, startedOn: Date?,
        howToJoin: String, status: PPGStatus, leadID: UUID?, isDemo: Bool = false
    ) {
        self.$practice.id = practiceID
        self.name = name
        self.meetingFormat = meetingFormat
        self.meetingFrequency = meetingFrequency
        self.startedOn = startedOn
        self.howToJoin = howToJoin
        self.status = status
        self.$lead.id = leadID
        self.isDemo = isDemo
    }
}

/// A change of a PPG's status, with why.
final class PPGStatusChange: Model, @unchecked Sendable {
    static let schema = "ppg_status_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @OptionalParent(key: "changed_by_id") var changedBy: Person?
    @Field(key: "status") var status: PPGStatus
    @Field(key: "reason") var reason: String
    @Field(key: "changed_at") var changedAt: Date

    init() {}

    init(ppgID: UUID, status: PPGStatus, reason: String, changedByID: UUID?, at: Date = Date()) {
        self.$ppg.id = ppgID
        self.status = status
        self.reason = reason
        self.$changedBy.id = changedByID
        self.changedAt = at
    }
}
