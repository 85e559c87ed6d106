import Foundation

/// How the same people's answers moved between two questionnaires (before the first session and
/// after the last), for one statement: the median change, the share who improved, and the
/// Wilcoxon signed-rank test. People who answered only once are not paired and are left out;
/// with fewer than 5 pairs nothing is shown but their number, so no one's answers can be read off.
public struct PairedChange: Sendable, Equatable {
    public let pairs: Int
    /// nil when there are fewer than 5 pairs.
    public let median: Double?
    /// How many of the pairs moved up; nil when there are fewer than 5 pairs.
    public let improved: Int?
    public let test: WilcoxonSignedRank.Result?

    /// Pairs each person's answers (by their key) before and after.
    public init<Person: Hashable>(before: [Person: Double], after: [Person: Double]) {
        let differences = before.compactMap { person, was in after[person].map { $0 - was } }
        pairs = differences.count
        guard pairs >= DisclosureControl.threshold else {
            (median, improved, test) = (nil, nil, nil)
            return
        }
        let sorted = differences.sorted()
        median = pairs % 2 == 1 ? sorted[pairs / 2] : (sorted[pairs / 2 - 1] + sorted[pairs / 2]) / 2
        improved = differences.filter { $0 > 0 }.count
        test = WilcoxonSignedRank.test(differences)
    }

    /// "6 of 8 (75%) more confident" for the page.
    public var improvedText: String? {
        improved.map { "\($0) of \(pairs) (\(Share.percent($0, of: pairs)))" }
    }
}
