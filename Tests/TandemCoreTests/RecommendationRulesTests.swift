import Foundation
import TandemCore
import Testing

@Suite("Recommendation life and rules")
struct RecommendationRulesTests {
    @Test func theUsualPathIsAllowed() throws {
        let path: [RecommendationStatus] = [.proposed, .agreed, .inProgress, .implemented, .sustained]
        for (from, to) in zip(path, path.dropFirst()) { try RecommendationRules.check(from: from, to: to, reason: nil) }
    }

    @Test func decliningNeedsAReasonInWords() throws {
        #expect(throws: RecommendationRuleError.reasonNeeded) {
            try RecommendationRules.check(from: .proposed, to: .declined, reason: "  \n ")
        }
        #expect(throws: RecommendationRuleError.reasonNeeded) {
            try RecommendationRules.check(from: .proposed, to: .declined, reason: nil)
        }
        try RecommendationRules.check(from: .proposed, to: .declined, reason: "The ward is closing in March")
        #expect(RecommendationRuleError.reasonNeeded.message.contains("Say why"))
    }

    @Test func movesOutOfOrderAreRefused() {
        #expect(throws: RecommendationRuleError.notAllowed(from: .proposed, to: .implemented)) {
            try RecommendationRules.check(from: .proposed, to: .implemented, reason: nil)
        }
        #expect(throws: RecommendationRuleError.notAllowed(from: .declined, to: .agreed)) {
            try RecommendationRules.check(from: .declined, to: .agreed, reason: nil)
        }
        #expect(RecommendationStatus.sustained.next.isEmpty)
        // A change that slipped can be worked on again.
        #expect(RecommendationStatus.slipped.next == [.inProgress])
    }

    @Test func onlyOpenRecommendationsAreOverdue() {
        let today = Date(timeIntervalSince1970: 1_800_000_000)
        let yesterday = today.addingTimeInterval(-86_400)
        #expect(RecommendationRules.isOverdue(status: .agreed, due: yesterday, today: today))
        #expect(!RecommendationRules.isOverdue(status: .implemented, due: yesterday, today: today))
        #expect(!RecommendationRules.isOverdue(status: .agreed, due: today, today: today))
        #expect(!RecommendationRules.isOverdue(status: .agreed, due: nil, today: today))
    }

    @Test func theReviewFallsDueSixMonthsAfterImplementation() throws {
        let implemented = try #require(CalendarDate.date(year: 2026, month: 8, day: 31))
        #expect(RecommendationRules.reviewDue(implementedOn: implemented) == CalendarDate.date(year: 2027, month: 2, day: 28))
        #expect(
            RecommendationRules.reviewDue(implementedOn: implemented, months: 3)
                == CalendarDate.date(year: 2026, month: 11, day: 30))
    }
}
