import Foundation

/// A PPG as the buddy scheme sees it: where it is, and from its latest self-assessment and
/// health check, how strong it is (0 to 1) and how much help it needs (0 to 1) in each area.
public struct PPGProfile: Sendable, Equatable {
    public let id: UUID
    public let pcn: UUID?
    public let postcodeDistrict: String?
    public let strengths: [String: Double]
    public let needs: [String: Double]

    public init(id: UUID, pcn: UUID?, postcodeDistrict: String?, strengths: [String: Double], needs: [String: Double]) {
        self.id = id
        self.pcn = pcn
        self.postcodeDistrict = postcodeDistrict
        self.strengths = strengths
        self.needs = needs
    }
}

/// Proposes buddy pairs: an established PPG with one that needs support, the pairs chosen
/// together so that their scores add up to the most (`Assignment`), each buddy supporting at
/// most `capacity`, a pair that ended badly never proposed again; each with its reasons in words.
public enum BuddyMatching {
    public static let defaultCapacity = 2
    static let samePCNBonus = 15.0
    static let nearbyBonus = 5.0

    public struct Proposal: Sendable, Equatable {
        public let buddy: UUID
        public let supported: UUID
        public let score: Double
        public let reasons: [String]
    }

    public struct Pair: Hashable, Sendable {
        public let buddy: UUID
        public let supported: UUID
        public init(buddy: UUID, supported: UUID) {
            self.buddy = buddy
            self.supported = supported
        }
    }

    /// How well a buddy fits: the share of the other's needs its strengths cover (0 to 100),
    /// more in the same PCN and nearby; nil when it has nothing to offer or may not be paired.
    public static func score(buddy: PPGProfile, supported: PPGProfile, endedBadly: Set<Pair> = []) -> Double? {
        guard buddy.id != supported.id, !endedBadly.contains(Pair(buddy: buddy.id, supported: supported.id)) else { return nil }
        let totalNeed = supported.needs.values.reduce(0, +)
        guard totalNeed > 0 else { return nil }
        let covered = supported.needs.reduce(0.0) { $0 + $1.value * (buddy.strengths[$1.key] ?? 0) }
        guard covered > 0 else { return nil }
        var score = covered / totalNeed * 100
        if let pcn = buddy.pcn, pcn == supported.pcn { score += samePCNBonus }
        if let district = buddy.postcodeDistrict, district == supported.postcodeDistrict { score += nearbyBonus }
        return score
    }

    /// Why a pair was proposed: the areas where the buddy is strong and the other needs help most, and where they are.
    public static func reasons(buddy: PPGProfile, supported: PPGProfile, areaNames: [String: String]) -> [String] {
        let areas = supported.needs.map { ($0.key, $0.value * (buddy.strengths[$0.key] ?? 0)) }.filter { $0.1 > 0 }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(2).map { areaNames[$0.0] ?? $0.0 }
        var result: [String] = []
        if !areas.isEmpty { result.append("Strong where the other needs help: \(areas.joined(separator: " and "))") }
        if let pcn = buddy.pcn, pcn == supported.pcn { result.append("In the same Primary Care Network") }
        if let district = buddy.postcodeDistrict, district == supported.postcodeDistrict {
            result.append("Nearby (both in \(district))")
        }
        return result
    }

    public static func propose(
        buddies: [PPGProfile], needing: [PPGProfile], capacity: Int = defaultCapacity, endedBadly: Set<Pair> = [],
        areaNames: [String: String] = [:]
    ) -> [Proposal] {
        propose(
            buddies: buddies, needing: needing, capacities: Array(repeating: capacity, count: buddies.count),
            endedBadly: endedBadly,
            areaNames: areaNames)
    }

    /// With each buddy's own room left (a buddy already supporting one has less).
    public static func propose(
        buddies: [PPGProfile], needing: [PPGProfile], capacities: [Int], endedBadly: Set<Pair> = [],
        areaNames: [String: String] = [:]
    ) -> [Proposal] {
        let scores = needing.map { supported in buddies.map { score(buddy: $0, supported: supported, endedBadly: endedBadly) } }
        let chosen = Assignment.best(score: scores, capacity: capacities)
        return chosen.enumerated().compactMap { index, buddyIndex in
            guard let buddyIndex, let value = scores[index][buddyIndex] else { return nil }
            let buddy = buddies[buddyIndex], supported = needing[index]
            return Proposal(
                buddy: buddy.id, supported: supported.id, score: value,
                reasons: reasons(buddy: buddy, supported: supported, areaNames: areaNames))
        }
        .sorted { $0.score > $1.score }
    }
}
