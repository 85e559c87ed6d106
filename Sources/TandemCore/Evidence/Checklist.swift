/// How well a checklist item was met on an observation or mystery shopper visit.
public enum ChecklistScore: String, CaseIterable, Codable, Sendable {
    case met
    case partlyMet = "partly_met"
    case notMet = "not_met"
    case notSeen = "not_seen"

    public var label: String {
        switch self {
        case .met: "Met"
        case .partlyMet: "Partly met"
        case .notMet: "Not met"
        case .notSeen: "Not seen"
        }
    }
}

/// One checklist item across all visits that scored it.
public struct ChecklistItemSummary: Sendable, Equatable {
    public let counts: [ChecklistScore: Int]
    /// Share of visits that saw the item and found it met (partly met counts half); nil when nobody saw it.
    public let percentMet: Int?

    public static func summarise(_ scores: [ChecklistScore]) -> ChecklistItemSummary {
        var counts: [ChecklistScore: Int] = [:]
        for score in scores { counts[score, default: 0] += 1 }
        let seen = scores.filter { $0 != .notSeen }.count
        guard seen > 0 else { return ChecklistItemSummary(counts: counts, percentMet: nil) }
        let points = Double(counts[.met, default: 0]) + 0.5 * Double(counts[.partlyMet, default: 0])
        return ChecklistItemSummary(counts: counts, percentMet: Int((points / Double(seen) * 100).rounded()))
    }
}
