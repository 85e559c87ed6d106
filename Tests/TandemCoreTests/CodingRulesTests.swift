import TandemCore
import Testing

@Suite("Agreement between coders and quote rules")
struct CodingRulesTests {
    @Test func kappaMatchesAWorkedExample() {
        // given: 50 items; both say yes to 20, both no to 15, first only 10, second only 5
        // (the textbook example: observed 0.7, expected 0.5, kappa 0.4)
        let pairs =
            Array(repeating: (first: true, second: true), count: 20)
            + Array(repeating: (first: false, second: false), count: 15)
            + Array(repeating: (first: true, second: false), count: 10)
            + Array(repeating: (first: false, second: true), count: 5)
        // when
        let agreement = CohenKappa.agreement(pairs)
        // then
        #expect(agreement.items == 50)
        #expect(abs(agreement.observed - 0.7) < 1e-9)
        #expect(abs(agreement.kappa! - 0.4) < 1e-9)
        #expect(agreement.label == "Fair")
    }

    @Test func perfectAndChanceAgreement() {
        #expect(CohenKappa.agreement([(true, true), (false, false), (true, true)]).kappa == 1)
        // Each coder says yes half the time, independently: kappa 0.
        let chance = CohenKappa.agreement([(true, true), (true, false), (false, true), (false, false)])
        #expect(abs(chance.kappa!) < 1e-9)
    }

    @Test func kappaIsUndefinedWithoutItemsOrVariation() {
        #expect(CohenKappa.agreement([]).kappa == nil)
        #expect(CohenKappa.agreement([]).label == "No items coded by both")
        #expect(CohenKappa.agreement([(false, false), (false, false)]).kappa == nil)
    }

    @Test func onlyQuotableCommentsWithPublicationConsentMayBeQuoted() {
        #expect(QuoteRules.mayQuote(quotable: true, scope: .public))
        #expect(!QuoteRules.mayQuote(quotable: true, scope: .organisation))
        #expect(!QuoteRules.mayQuote(quotable: false, scope: .public))
        #expect(throws: QuoteRules.Refusal.noPublicationConsent) { try QuoteRules.check(quotable: true, scope: .team) }
        #expect(throws: QuoteRules.Refusal.notMarkedQuotable) { try QuoteRules.check(quotable: false, scope: .public) }
    }
}
