/// Small-number suppression for equality and group figures, so that nobody
/// can be picked out of a table. Counts from 1 to 4 are hidden; where hiding one
/// count would still let it be worked out from the total, the next smallest
/// count is hidden too.
public enum DisclosureControl {
    public static let threshold = 5

    public enum Cell: Equatable, Sendable {
        case count(Int)
        case suppressed

        public var display: String {
            switch self {
            case .count(let n): String(n)
            case .suppressed: "fewer than \(DisclosureControl.threshold)"
            }
        }
    }

    /// - Returns: one cell per count, in the same order.
    public static func protect(_ counts: [Int]) -> [Cell] {
        let total = counts.reduce(0, +)
        if total > 0 && total < threshold { return counts.map { $0 == 0 ? .count(0) : .suppressed } }
        var hidden = counts.map { $0 > 0 && $0 < threshold }
        // Secondary suppression: a single hidden cell can be found by subtraction.
        if hidden.filter({ $0 }).count == 1 {
            let candidate = counts.indices
                .filter { !hidden[$0] && counts[$0] > 0 }
                .min { counts[$0] < counts[$1] }
            if let candidate { hidden[candidate] = true }
        }
        return counts.indices.map { hidden[$0] ? .suppressed : .count(counts[$0]) }
    }

    /// Whether a group is large enough to be shown on its own at all.
    public static func canShowGroup(ofSize size: Int) -> Bool { size >= threshold }
}
