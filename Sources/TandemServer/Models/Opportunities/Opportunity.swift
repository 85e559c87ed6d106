import Fluent
import Foundation
import TandemCore

/// An involvement opportunity: what it involves, where it sits among NHS England's categories and on
/// the ladder of co-production, when, where, whether it is paid, who it wants to hear from, its places
/// and closing date.
final class Opportunity: Model, @unchecked Sendable {
    static let schema = "opportunities"

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "category") var category: InvolvementCategory
    @Field(key: "rung") var rung: LadderRung
    @Field(key: "kind") var kind: OpportunityKind
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @OptionalParent(key: "project_id") var project: Project?
    @Field(key: "time_commitment") var timeCommitment: String
    @Field(key: "hours") var hours: Double
    @Field(key: "regular") var regular: Bool
    @OptionalField(key: "starts_on") var startsOn: Date?
    @OptionalField(key: "ends_on") var endsOn: Date?
    @Field(key: "setting") var setting: OpportunitySetting
    @OptionalField(key: "access_information") var accessInformation: String?
    /// Access needs it can meet (`AccessNeed` raw values).
    @Field(key: "access_offered") var accessOffered: [String]
    @Field(key: "paid") var paid: Bool
    @Field(key: "level") var level: ActivityLevel
    @Field(key: "experience") var experience: [String]
    @Field(key: "skills") var skills: [String]
    /// Groups it especially wants to hear from (`ReachGroup` raw values).
    @Field(key: "wants_to_reach") var wantsToReach: [String]
    @Field(key: "places") var places: Int
    @Field(key: "closes_on") var closesOn: Date
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String
    @Field(key: "status") var status: OpportunityStatus
    @OptionalParent(key: "created_by_id") var createdBy: Person?
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// An open, paid, online opportunity with the details every one needs; the rest set after.
    init(
        title: String, summary: String, kind: OpportunityKind, commitment: String, hours: Double, places: Int, closesOn: Date,
        contactName: String, contactEmail: String
    ) {
        self.title = title
        self.summary = summary
        self.kind = kind
        self.category = .invitedOneOff
        self.rung = .coDesign
        self.timeCommitment = commitment
        self.hours = hours
        self.regular = false
        self.setting = .online
        self.accessOffered = []
        self.paid = true
        self.level = .standard
        self.experience = []
        self.skills = []
        self.wantsToReach = []
        self.places = places
        self.closesOn = closesOn
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.status = .open
        self.isDemo = false
        self.createdAt = Date()
    }

    var reachGroups: [ReachGroup] { wantsToReach.compactMap(ReachGroup.init(rawValue:)) }

    func isOpen(today: Date) -> Bool { OpportunityRules.isOpen(status: status, closes: closesOn, today: today) }
}

/// Someone's interest in an opportunity, with their note and availability, and the coordinator's decision.
final class OpportunityInterest: Model, @unchecked Sendable {
    static let schema = "opportunity_interests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "opportunity_id") var opportunity: Opportunity
    @Parent(key: "person_id") var person: Person
    @Field(key: "note") var note: String
    @Field(key: "availability") var availability: OpportunityRanking.Availability
    @Field(key: "status") var status: InterestStatus
    /// Whether it came from the public page (someone not yet a partner).
    @Field(key: "from_public_page") var fromPublicPage: Bool
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?

    init() {}

    init(
        opportunityID: UUID, personID: UUID, note: String, availability: OpportunityRanking.Availability,
        fromPublicPage: Bool
    ) {
        self.$opportunity.id = opportunityID
        self.$person.id = personID
        self.note = note
        self.availability = availability
        self.status = .interested
        self.fromPublicPage = fromPublicPage
        self.createdAt = Date()
    }
}
