import Foundation

/// The Wilcoxon signed-rank test for paired answers (a person's confidence before and after a
/// course): whether the changes lean one way more than chance would give. Pairs with no change
/// are left out (Wilcoxon's own method), tied changes share their average rank, and for up to
/// `exactLimit` changes the p-value is exact: the share of all 2^n ways of giving the ranks
/// signs whose statistic is as extreme, counted with the ranks as they are (ties included). For
/// more, the normal approximation with the tie correction and a continuity correction.
public enum WilcoxonSignedRank {
    public static let exactLimit = 25

    public struct Result: Sendable, Equatable {
        /// Pairs that changed (the ones ranked).
        public let n: Int
        /// The sums of the ranks of the increases and of the decreases.
        public let positiveRankSum: Double
        public let negativeRankSum: Double
        /// Two-sided; nil when nobody changed.
        public let pValue: Double?
        public let exact: Bool
    }

    /// `differences`: after minus before, one per person.
    public static func test(_ differences: [Double]) -> Result {
        let changed = differences.filter { $0 != 0 }
        let n = changed.count
        guard n > 0 else { return Result(n: 0, positiveRankSum: 0, negativeRankSum: 0, pValue: nil, exact: true) }
        let ranks = averageRanks(changed.map(abs))
        let positive = zip(changed, ranks).filter { $0.0 > 0 }.reduce(0.0) { $0 + $1.1 }
        let total = Double(n * (n + 1)) / 2
        let negative = total - positive
        if n <= exactLimit {
            return Result(
                n: n, positiveRankSum: positive, negativeRankSum: negative,
                pValue: exactP(ranks: ranks, statistic: min(positive, negative)),
                exact: true)
        }
        // Normal approximation: mean n(n+1)/4, variance n(n+1)(2n+1)/24 less (t³ − t)/48 for each group of t tied ranks.
        let mean = total / 2
        var variance = Double(n * (n + 1) * (2 * n + 1)) / 24
        for count in Dictionary(grouping: ranks, by: { $0 }).values.map(\.count) where count > 1 {
            variance -= Double(count * count * count - count) / 48
        }
        let z = (abs(positive - mean) - 0.5) / variance.squareRoot()
        return Result(
            n: n, positiveRankSum: positive, negativeRankSum: negative, pValue: min(1, 2 * normalUpperTail(max(0, z))),
            exact: false)
    }

    /// Ranks 1...n of the values, tied values sharing the average of the ranks they span.
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let shared = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = shared }
            start = end + 1
        }
        return ranks
    }

    /// Two-sided exact p: the chance, over all sign assignments equally likely, of a rank sum at
    /// most the smaller one observed, doubled (at most 1). Ranks are halves at worst, so the sums
    /// are counted in halves.
    static func exactP(ranks: [Double], statistic: Double) -> Double {
        let halves = ranks.map { Int(($0 * 2).rounded()) }
        let most = halves.reduce(0, +)
        var ways = [Double](repeating: 0, count: most + 1)
        ways[0] = 1
        for rank in halves {
            for sum in stride(from: most, through: rank, by: -1) where ways[sum - rank] > 0 { ways[sum] += ways[sum - rank] }
        }
        let limit = Int((statistic * 2).rounded())
        let atMost = ways[0...min(limit, most)].reduce(0, +)
        return min(1, 2 * atMost / pow(2, Double(ranks.count)))
    }

    /// P(Z > z) for a standard normal Z.
    static func normalUpperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }
}
