import Fluent
import Foundation
import TandemCore

/// Where a buddy pairing stands.
enum BuddyPairStatus: String, CaseIterable, Codable, Sendable {
    case proposed, declined, active, ended

    var label: String {
        switch self {
        case .proposed: "Proposed"
        case .declined: "Declined"
        case .active: "Under way"
        case .ended: "Ended"
        }
    }
}

/// One side's answer to a proposal.
enum BuddyAnswer: String, CaseIterable, Codable, Sendable {
    case accepted, declined
}

/// An established PPG (the buddy) supporting one that needs support: proposed by the matching,
/// accepted by both, with an agreement, contacts, reviews at 3 and 6 months, and an outcome.
final class PPGBuddyPair: Model, @unchecked Sendable {
    static let schema = "ppg_buddy_pairs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "buddy_id") var buddy: PPG
    @Parent(key: "supported_id") var supported: PPG
    @OptionalParent(key: "proposed_by_id") var proposedBy: Person?

    @Field(key: "status") var status: BuddyPairStatus
    @Field(key: "score") var score: Double
    /// Why it was proposed, one reason a line.
    @Field(key: "reasons") var reasons: String
    @OptionalField(key: "buddy_answer") var buddyAnswer: BuddyAnswer?
    @OptionalField(key: "supported_answer") var supportedAnswer: BuddyAnswer?
    @OptionalField(key: "goals") var goals: String?
    @OptionalField(key: "review_on") var reviewOn: Date?
    @OptionalField(key: "started_on") var startedOn: Date?
    @OptionalField(key: "ended_on") var endedOn: Date?
    @OptionalField(key: "outcome") var outcome: String?
    /// It did not work: the matching never proposes this pair again.
    @Field(key: "ended_badly") var endedBadly: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(buddyID: UUID, supportedID: UUID, score: Double, reasons: [String], proposedByID: UUID?) {
        self.$buddy.id = buddyID
        self.$supported.id = supportedID
        self.score = score
        self.reasons = reasons.joined(separator: "\n")
        self.$proposedBy.id = proposedByID
        self.status = .proposed
        self.endedBadly = false
        self.createdAt = Date()
    }

    var reasonList: [String] { reasons.split(separator: "\n").map(String.init) }
}

/// A contact between the two PPGs, logged by either.
final class PPGBuddyContact: Model, @unchecked Sendable {
    static let schema = "ppg_buddy_contacts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pair_id") var pair: PPGBuddyPair
    @OptionalParent(key: "logged_by_id") var loggedBy: Person?
    @Field(key: "happened_on") var happenedOn: Date
    @Field(key: "note") var note: String

    init() {}

    init(pairID: UUID, happenedOn: Date, note: String, loggedByID: UUID?) {
        self.$pair.id = pairID
        self.happenedOn = happenedOn
        self.note = note
        self.$loggedBy.id = loggedByID
    }
}

/// One side's answer at the 3 or 6-month review: how it is going.
final class PPGBuddyReview: Model, @unchecked Sendable {
    static let schema = "ppg_buddy_reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "pair_id") var pair: PPGBuddyPair
    @Parent(key: "ppg_id") var ppg: PPG
    @OptionalParent(key: "written_by_id") var writtenBy: Person?
    @Field(key: "months") var months: Int
    @Field(key: "how_it_is_going") var howItIsGoing: String
    @Field(key: "written_at") var writtenAt: Date

    init() {}

    init(pairID: UUID, ppgID: UUID, months: Int, howItIsGoing: String, writtenByID: UUID?) {
        self.$pair.id = pairID
        self.$ppg.id = ppgID
        self.months = months
        self.howItIsGoing = howItIsGoing
        self.$writtenBy.id = writtenByID
        self.writtenAt = Date()
    }
}
