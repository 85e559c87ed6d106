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

    /// A figure as it may be shown. A count hidden for its own size and a count hidden
    /// to protect another are different things, shown differently: the second may be
    /// any size, and calling it "fewer than 5" would be false.
    public enum Cell: Equatable, Sendable {
        case count(Int)
        /// From 1 to 4 (or part of a breakdown of fewer than 5 people): hidden for its own size.
        case small
        /// Hidden so that a small figure beside it cannot be worked out; it may be any size.
        case withheld

        public var isHidden: Bool { self == .small || self == .withheld }

        /// The text shown in a table cell; a withheld cell points to `withheldNote`.
        public var display: String {
            switch self {
            case .count(let n): n.commaGrouped
            case .small: "fewer than \(DisclosureControl.threshold)"
            case .withheld: "withheld*"
            }
        }
    }

    /// The footnote for tables with a withheld cell.
    public static let withheldNote =
        "* Withheld so that a small group beside it cannot be worked out by subtraction. A withheld figure may be \(threshold) or more."

    /// Whether any cell needs `withheldNote` beneath its table.
    public static func needsWithheldNote(_ cells: [Cell]) -> Bool { cells.contains(.withheld) }

    /// People across the answers to one question (equality monitoring, a
    /// survey's "who answered"): `protect`, and the whole breakdown hidden when
    /// `hidesWholeBreakdown`.
    /// - Returns: one cell per count, in the same order.
    public static func protectBreakdown(_ counts: [Int]) -> [Cell] {
        guard hidesWholeBreakdown(counts) else { return protect(counts) }
        // Fewer than 5 people in all: each of their groups is small. Everyone in one
        // group: that group is withheld (it may be large), and so are the empty ones.
        let total = counts.reduce(0, +)
        return counts.map { $0 > 0 && total < threshold ? .small : .withheld }
    }

    /// Counts side by side (a theme's comments across services or groups).
    /// - Returns: one cell per count, in the same order.
    public static func protect(_ counts: [Int]) -> [Cell] {
        var cells: [Cell] = counts.map { $0 > 0 && $0 < threshold ? .small : .count($0) }
        // Secondary suppression: a single hidden cell can be found by subtraction.
        if cells.filter({ $0 == .small }).count == 1 {
            let candidate = counts.indices
                .filter { cells[$0] != .small && counts[$0] > 0 }
                .min { counts[$0] < counts[$1] }
            if let candidate { cells[candidate] = .withheld }
        }
        // Zeros beside hidden cells are hidden too: a 0 narrows down who the hidden people are.
        if cells.contains(.small) {
            for index in counts.indices where counts[index] == 0 { cells[index] = .withheld }
        }
        return cells
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
