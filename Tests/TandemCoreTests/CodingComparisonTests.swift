import Testing

@testable import TandemCore

@Suite struct CodingComparisonTests {
    typealias Comparison = CodingComparison<String, String>

    @Test func findsWhereTwoCodersDifferAndWhatTheyShare() {
        let comparison = Comparison([
            .init(coder: "Maggie", themes: ["waiting", "medicines"], sentiment: .negative),
            .init(coder: "Dan", themes: ["waiting"], sentiment: .negative),
        ])
        #expect(comparison.disagrees)
        #expect(comparison.agreedThemes == ["waiting"] && comparison.disputedThemes == ["medicines"])
        #expect(comparison.givenThemes == ["waiting", "medicines"] && comparison.agreedSentiment == .negative)
    }

    @Test func theSameThemesWithADifferentFeelingIsStillADisagreement() {
        let comparison = Comparison([
            .init(coder: "Maggie", themes: ["staff"], sentiment: .positive),
            .init(coder: "Dan", themes: ["staff"], sentiment: .neutral),
        ])
        #expect(comparison.disagrees && comparison.disputedThemes.isEmpty && comparison.agreedSentiment == nil)
    }

    @Test func oneCoderOrFullAgreementIsNoDisagreement() {
        #expect(!Comparison([.init(coder: "Maggie", themes: ["staff"], sentiment: .positive)]).disagrees)
        #expect(
            !Comparison([
                .init(coder: "Maggie", themes: ["staff"], sentiment: .positive),
                .init(coder: "Dan", themes: ["staff"], sentiment: .positive),
            ]).disagrees)
    }

    @Test func aSettlementUsesOnlyThemesSomeoneGave() {
        let comparison = Comparison([
            .init(coder: "Maggie", themes: ["waiting", "medicines"], sentiment: .negative),
            .init(coder: "Dan", themes: ["waiting"], sentiment: .negative),
        ])
        #expect(comparison.problem(settlingOn: []) == "Choose at least one theme for the agreed coding")
        #expect(comparison.problem(settlingOn: ["parking"]) != nil)
        #expect(comparison.problem(settlingOn: ["medicines"]) == nil)
    }
}
