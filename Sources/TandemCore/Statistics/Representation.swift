import Foundation

/// How well a group (a PPG's members) reflects a population (the practice's patients), by
/// the groups of one question (age band, sex, ethnic group).
public enum Representation {
    /// One group's shares, and the members' count as it may be shown.
    public struct Gap: Sendable, Equatable {
        public let group: String
        /// Percent of the population in the group, rounded.
        public let populationPercent: Int
        public let members: DisclosureControl.Cell
        public let membersCounted: Int
        /// Population share minus members' share, in percentage points: positive when under-represented.
        public let shortfall: Double
    }

    /// The index of dissimilarity, 0 to 100: the share of members who would have to be in
    /// another group for the members to mirror the population (half the sum of the absolute
    /// differences in shares). nil when either side has nobody counted.
    public static func indexOfDissimilarity(members: [String: Int], population: [String: Int]) -> Double? {
        let memberTotal = members.values.reduce(0, +), populationTotal = population.values.reduce(0, +)
        guard memberTotal > 0, populationTotal > 0 else { return nil }
        let groups = Set(members.keys).union(population.keys)
        let sum = groups.reduce(0.0) { total, group in
            total
                + abs(
                    Double(members[group] ?? 0) / Double(memberTotal) - Double(population[group] ?? 0) / Double(populationTotal))
        }
        return sum / 2 * 100
    }

    /// The groups the members under-represent, most under-represented first, only those
    /// short by at least `minimumShortfall` percentage points. Members' counts of 1 to 4
    /// are hidden; with fewer than 5 members counted in all nothing is listed (each
    /// person's answer could be worked out).
    public static func underRepresented(
        members: [String: Int], population: [String: Int], minimumShortfall: Double = 5
    ) -> [Gap] {
        let memberTotal = members.values.reduce(0, +), populationTotal = population.values.reduce(0, +)
        guard memberTotal >= DisclosureControl.threshold, populationTotal > 0 else { return [] }
        return population.keys.compactMap { group -> Gap? in
            let count = members[group] ?? 0
            let populationShare = Double(population[group] ?? 0) / Double(populationTotal) * 100
            let shortfall = populationShare - Double(count) / Double(memberTotal) * 100
            guard shortfall >= minimumShortfall else { return nil }
            let cell: DisclosureControl.Cell = (1..<DisclosureControl.threshold).contains(count) ? .small : .count(count)
            return Gap(
                group: group, populationPercent: Int(populationShare.rounded()), members: cell, membersCounted: memberTotal,
                shortfall: shortfall)
        }
        .sorted { ($0.shortfall, $1.group) > ($1.shortfall, $0.group) }
    }

    /// "Patients aged 25 to 34: 26% of the practice; 0 of 11 members".
    public static func sentence(_ gap: Gap, groupLabel: String) -> String {
        "\(groupLabel): \(gap.populationPercent)% of the practice; \(gap.members.display) of \(gap.membersCounted) members"
    }

    /// How many members gave no answer, as it may be shown.
    public static func unknown(_ count: Int) -> DisclosureControl.Cell {
        (1..<DisclosureControl.threshold).contains(count) ? .small : .count(count)
    }
}
