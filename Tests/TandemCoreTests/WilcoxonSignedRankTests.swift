import Foundation
import TandemCore
import Testing

@Suite struct WilcoxonSignedRankTests {
    /// Hollander and Wolfe (1973, p. 29), the worked example of R's `wilcox.test`: Hamilton
    /// depression scale before (x) and after (y) a tranquilliser for nine patients. R gives
    /// V = 40 and, one-sided, p = 0.01953 (10 of the 512 sign assignments); two-sided 0.03906.
    @Test func theHollanderAndWolfeExample() {
        let x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
        let y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
        let result = WilcoxonSignedRank.test(zip(x, y).map { $0 - $1 })
        #expect(result.n == 9 && result.exact)
        #expect(result.positiveRankSum == 40 && result.negativeRankSum == 5)
        #expect(abs(result.pValue! - 20.0 / 512) < 1e-12)
    }

    @Test func tiesShareTheirAverageRankAndNoChangeIsLeftOut() {
        #expect(WilcoxonSignedRank.averageRanks([3, 1, 3, 2]) == [3.5, 1, 3.5, 2])
        let result = WilcoxonSignedRank.test([0, 1, 1, -1, 2, 2, 2, 0])
        #expect(result.n == 6)
        // |changes| 1,1,1,2,2,2: ranks 2,2,2,5,5,5; the one decrease has rank 2.
        #expect(result.negativeRankSum == 2 && result.positiveRankSum == 19)
    }

    /// With ties, the exact p is checked against counting all 2^n sign assignments one by one.
    @Test func theExactPEqualsCountingEverySignAssignment() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let n = Int.random(in: 1...12, using: &generator)
            let changes = (0..<n).map { _ in Double(Int.random(in: -3...4, using: &generator)) }
            let result = WilcoxonSignedRank.test(changes)
            let changed = changes.filter { $0 != 0 }
            guard !changed.isEmpty else {
                #expect(result.pValue == nil)
                continue
            }
            let ranks = WilcoxonSignedRank.averageRanks(changed.map(abs))
            let observed = min(result.positiveRankSum, result.negativeRankSum)
            var asExtreme = 0
            for signs in 0..<(1 << changed.count) {
                let positive = ranks.indices.filter { signs & (1 << $0) != 0 }.reduce(0.0) { $0 + ranks[$1] }
                let total = ranks.reduce(0, +)
                if min(positive, total - positive) <= observed + 1e-9 { asExtreme += 1 }
            }
            // Counting both tails directly equals doubling the lower one, since the distribution is symmetric.
            let expected = Double(asExtreme) / Double(1 << changed.count)
            #expect(abs(result.pValue! - expected) < 1e-9, "\(changes)")
        }
    }

    @Test func largeSamplesUseTheNormalApproximation() {
        // 30 people, 25 better by 1 and 5 worse by 1: every |change| ties at rank 15.5.
        let result = WilcoxonSignedRank.test(Array(repeating: 1.0, count: 25) + Array(repeating: -1.0, count: 5))
        #expect(!result.exact && result.n == 30)
        #expect(result.positiveRankSum == 387.5 && result.negativeRankSum == 77.5)
        // Variance 30·31·61/24 − (30³ − 30)/48 = 2363.75 − 561.875 = 1801.875; z = (155 − 0.5)/42.448 = 3.6397.
        #expect(abs(result.pValue! - 0.000273) < 0.00001)
    }
}

@Suite struct PairedChangeTests {
    @Test func onlyPeopleWhoAnsweredBothTimesArePairedAndFewerThanFiveShowNothing() {
        let few = PairedChange(before: ["a": 2, "b": 3, "c": 1, "d": 4, "e": 2], after: ["a": 4, "b": 3, "c": 3, "x": 5])
        #expect(few.pairs == 3 && few.median == nil && few.improved == nil && few.test == nil)
    }

    @Test func theMedianChangeTheShareImprovedAndTheTest() {
        let before: [String: Double] = ["a": 2, "b": 3, "c": 1, "d": 4, "e": 2, "f": 3]
        let after: [String: Double] = ["a": 4, "b": 3, "c": 3, "d": 5, "e": 3, "f": 2, "late": 5]
        let change = PairedChange(before: before, after: after)
        // Changes 2, 0, 2, 1, 1, -1: sorted -1 0 1 1 2 2, median 1.
        #expect(change.pairs == 6 && change.median == 1 && change.improved == 4)
        #expect(change.improvedText == "4 of 6 (67%)")
        #expect(change.test?.n == 5)
    }
}
