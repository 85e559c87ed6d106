/// Small-number suppression for equality and group figures, so that nobody
/// can be picked out of a table.
///
/// - Counts from 1 to 4 are hidden.
/// - Where hiding one count would still let it be worked out from the total,
///   the next smallest count is hidden too.
/// - No exact 0 is shown beside a hidden count: a 0 next to "fewer than 5"
///   narrows down who the hidden people are.
/// - For a breakdown of people across the answers to one question
///   (`protectBreakdown`): when fewer than 5 people are counted in all, or
///   everyone falls in one group, the whole breakdown is hidden, since "3 in
///   one group and 0 in every other" tells everyone what each of them answered.
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

    /// People across the answers to one question (equality monitoring, a
    /// survey's "who answered"): `protect`, and the whole breakdown hidden when
    /// `hidesWholeBreakdown`.
    /// - Returns: one cell per count, in the same order.
    public static func protectBreakdown(_ counts: [Int]) -> [Cell] {
        hidesWholeBreakdown(counts) ? counts.map { _ in .suppressed } : protect(counts)
    }

    /// Counts side by side (a theme's comments across services or groups).
    /// - Returns: one cell per count, in the same order.
    public static func protect(_ counts: [Int]) -> [Cell] {
        var hidden = counts.map { $0 > 0 && $0 < threshold }
        // Secondary suppression: a single hidden cell can be found by subtraction.
        if hidden.filter({ $0 }).count == 1 {
            let candidate = counts.indices
                .filter { !hidden[$0] && counts[$0] > 0 }
                .min { counts[$0] < counts[$1] }
            if let candidate { hidden[candidate] = true }
        }
        // Zeros beside hidden cells are hidden too.
        if hidden.contains(true) {
            for index in counts.indices where counts[index] == 0 { hidden[index] = true }
        }
        return counts.indices.map { hidden[$0] ? .suppressed : .count(counts[$0]) }
    }

    /// Whether no part of this breakdown may be shown: fewer than `threshold`
    /// counted, or all of them in one group.
    public static func hidesWholeBreakdown(_ counts: [Int]) -> Bool {
        let total = counts.reduce(0, +)
        guard total > 0 else { return false }
        return total < threshold || counts.filter({ $0 > 0 }).count == 1
    }

    /// Whether a group is large enough to be shown on its own at all.
    public static func canShowGroup(ofSize size: Int) -> Bool { size >= threshold }
}
