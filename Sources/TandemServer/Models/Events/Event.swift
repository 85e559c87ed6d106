import Fluent
import Foundation
import TandemCore

/// An event people register for and attend: a PPG workshop, a webinar, a training
/// session, a panel or governance meeting. Times are instants (UTC), entered and
/// shown in UK time (`UKTime`). Places are counted on the row itself
/// (`placesTaken`, `lastPosition`), changed only by `EventPlacesQuery`, so that
/// concurrent sign-ups never exceed the capacity.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Event: Model, @unchecked Sendable {
    static let schema = "events"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @OptionalParent(key: "project_id") var project: Project?
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @OptionalParent(key: "created_by_id") var createdBy: Person?

    // data
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "details") var details: String
    @Field(key: "kind") var kind: EventKind
    @Field(key: "topics") var topics: [String]
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "ends_at") var endsAt: Date
    /// Where it is held; nil for an online event.
    @OptionalField(key: "venue") var venue: String?
    @Field(key: "step_free") var stepFree: Bool
    @Field(key: "hearing_loop") var hearingLoop: Bool
    @OptionalField(key: "parking") var parking: String?
    /// Shown only to people with a place.
    @OptionalField(key: "joining_link") var joiningLink: String?
    /// nil: no limit.
    @OptionalField(key: "capacity") var capacity: Int?
    @Field(key: "audience") var audience: EventAudience
    @Field(key: "status") var status: EventStatus
    @OptionalField(key: "cancel_reason") var cancelReason: String?
    /// Days before the start that the reminder goes; nil when switched off.
    @OptionalField(key: "reminder_days") var reminderDays: Int?
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    /// Raised on every change people's calendars should pick up (see `ICalendarEvent.sequence`).
    @Field(key: "sequence") var sequence: Int
    @Field(key: "places_taken") var placesTaken: Int
    @Field(key: "last_position") var lastPosition: Int
    @Field(key: "is_demo") var isDemo: Bool
    /// The closing record: what came out of it, in the organiser's words.
    @OptionalField(key: "outcomes") var outcomes: String?
    /// The survey whose link went to the people who came, and when.
    @OptionalParent(key: "feedback_survey_id") var feedbackSurvey: Survey?
    @OptionalField(key: "feedback_sent_at") var feedbackSentAt: Date?

    // timestamps
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(
        title: String, summary: String, kind: EventKind, startsAt: Date, endsAt: Date, capacity: Int?,
        audience: EventAudience, createdByID: UUID?, isDemo: Bool = false
    ) {
        self.title = title
        self.summary = summary
        self.details = ""
        self.kind = kind
        self.topics = []
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.stepFree = false
        self.hearingLoop = false
        self.capacity = capacity
        self.audience = audience
        self.status = .draft
        self.reminderDays = EventRules.defaultReminderDays
        self.sequence = 0
        self.placesTaken = 0
        self.lastPosition = 0
        self.$createdBy.id = createdByID
        self.isDemo = isDemo
        self.createdAt = Date()
        self.updatedAt = Date()
    }
}

extension Event {
    /// What the venue offers for access, in words, as the event's page and its emails say it.
    var accessFeatures: [String] {
        [stepFree ? "Step-free access" : nil, hearingLoop ? "Hearing loop" : nil, parking.map { "Parking: \($0)" }]
            .compactMap { $0 }
    }
}
