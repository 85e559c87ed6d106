import Fluent
import Foundation
import TandemCore

/// A project brought to a panel, from submission through triage, the meeting, the agreed
/// feedback and the lead's replies to the follow-ups at 3 and 6 months.
final class PanelReview: Model, @unchecked Sendable {
    static let schema = "panel_reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "panel_id") var panel: ReviewPanel
    /// The Tandem project, when there is one; otherwise the title and summary say what it is.
    @OptionalParent(key: "project_id") var project: Project?
    /// The project lead who brought it (signed in); nil for the public form.
    @OptionalParent(key: "lead_id") var lead: Person?
    @OptionalParent(key: "meeting_id") var meeting: PanelMeeting?

    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "stage") var stage: ProjectReviewStage
    @Field(key: "questions") var questions: [String]
    @Field(key: "already_involved") var alreadyInvolved: String
    @Field(key: "preferred_dates") var preferredDates: String
    /// The public form's contact, when nobody signed in brought it.
    @OptionalField(key: "contact_name") var contactName: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @Field(key: "status") var status: ReviewStatus
    /// The chair's reason for asking for more or declining.
    @OptionalField(key: "triage_reason") var triageReason: String?
    /// The project's place on the ladder when it came, from its involvement plan.
    @OptionalField(key: "level_before") var levelBefore: InvolvementLevel?
    /// The lead's answers at the end: how useful the review was (1 to 5) and whether the project changed its plans.
    @OptionalField(key: "usefulness") var usefulness: Int?
    @OptionalField(key: "changed_plans") var changedPlans: Bool?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "submitted_at") var submittedAt: Date
    @OptionalField(key: "triaged_at") var triagedAt: Date?
    @OptionalField(key: "agreed_at") var agreedAt: Date?

    init() {}

    init(
        panelID: UUID, projectID: UUID?, leadID: UUID?, title: String, summary: String, stage: ProjectReviewStage,
        questions: [String], alreadyInvolved: String, preferredDates: String, isDemo: Bool = false
    ) {
        self.$panel.id = panelID
        self.$project.id = projectID
        self.$lead.id = leadID
        self.title = title
        self.summary = summary
        self.stage = stage
        self.questions = questions
        self.alreadyInvolved = alreadyInvolved
        self.preferredDates = preferredDates
        self.status = .submitted
        self.isDemo = isDemo
        self.submittedAt = Date()
    }
}

/// A panel member's notes on a review: first thoughts on the pack, or their structured feedback
/// at the meeting under one of the framework's headings.
final class ReviewNote: Model, @unchecked Sendable {
    static let schema = "review_notes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: PanelReview
    @Parent(key: "person_id") var person: Person
    /// nil for first thoughts before the meeting.
    @OptionalField(key: "area") var area: FeedbackArea?
    @Field(key: "text") var text: String
    @Field(key: "written_at") var writtenAt: Date

    init() {}

    init(reviewID: UUID, personID: UUID, area: FeedbackArea?, text: String) {
        self.$review.id = reviewID
        self.$person.id = personID
        self.area = area
        self.text = text
        self.writtenAt = Date()
    }
}

/// A point of the agreed feedback, under a framework heading, with the project lead's reply.
final class ReviewPoint: Model, @unchecked Sendable {
    static let schema = "review_points"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: PanelReview
    @Field(key: "area") var area: FeedbackArea
    @Field(key: "text") var text: String
    @OptionalField(key: "response") var response: PointResponse?
    @OptionalField(key: "reply") var reply: String?
    @OptionalField(key: "replied_at") var repliedAt: Date?

    init() {}

    init(reviewID: UUID, area: FeedbackArea, text: String) {
        self.$review.id = reviewID
        self.area = area
        self.text = text
    }
}

/// An action agreed at the review, with its owner and due date.
final class ReviewAction: Model, @unchecked Sendable {
    static let schema = "review_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: PanelReview
    @Field(key: "text") var text: String
    @Field(key: "owner") var owner: String
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "status") var status: PanelActionStatus

    init() {}

    init(reviewID: UUID, text: String, owner: String, dueOn: Date?) {
        self.$review.id = reviewID
        self.text = text
        self.owner = owner
        self.dueOn = dueOn
        self.status = .open
    }
}

/// What changed by 3 or 6 months after the review, in the project lead's words, with evidence.
final class ReviewFollowUp: Model, @unchecked Sendable {
    static let schema = "review_follow_ups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "review_id") var review: PanelReview
    @Field(key: "months") var months: Int
    @Field(key: "what_changed") var whatChanged: String
    /// Links to evidence (a report, a page, a project's measure), one a line.
    @Field(key: "evidence_links") var evidenceLinks: [String]
    @OptionalField(key: "level_after") var levelAfter: InvolvementLevel?
    /// A file sent as evidence: the name Tandem keeps it by, and the name it was sent with.
    @OptionalField(key: "evidence_file") var evidenceFile: String?
    @OptionalField(key: "evidence_file_name") var evidenceFileName: String?
    @Field(key: "written_at") var writtenAt: Date

    init() {}

    init(reviewID: UUID, months: Int, whatChanged: String, evidenceLinks: [String], levelAfter: InvolvementLevel?) {
        self.$review.id = reviewID
        self.months = months
        self.whatChanged = whatChanged
        self.evidenceLinks = evidenceLinks
        self.levelAfter = levelAfter
        self.writtenAt = Date()
    }
}
