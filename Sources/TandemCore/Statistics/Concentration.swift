import Foundation

/// How involvement is spread across people: the share of everything given by the busiest few, so
/// that over-reliance on the same people is seen and tracked.
public enum Concentration {
    /// The share (0 to 100) of the total held by the top `fraction` of people (at least one person,
    /// rounded up); nil with fewer than 10 people, where "the busiest 10%" would name someone.
    public static func topShare(_ values: [Double], fraction: Double = 0.1) -> Double? {
        let given = values.filter { $0 > 0 }
        guard given.count >= 10 else { return nil }
        let total = given.reduce(0, +)
        let top = max(1, Int((Double(given.count) * fraction).rounded(.up)))
        return given.sorted(by: >).prefix(top).reduce(0, +) / total * 100
    }
}

/// Reference populations the community is compared with, by the census's ethnic group headings.
public enum ReferencePopulation {
    /// England, Census 2021 (Office for National Statistics), usual residents by ethnic group heading,
    /// as counts per thousand people.
    public static let england2021Ethnicity: [String: Int] = [
        "White": 810, "Asian or Asian British": 96, "Black, Black British, Caribbean or African": 42,
        "Mixed or multiple ethnic groups": 30, "Other ethnic group": 22,
    ]
    public static let england2021Source = "England, Census 2021 (Office for National Statistics)"
}
