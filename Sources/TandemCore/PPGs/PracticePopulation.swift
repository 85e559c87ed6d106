import Foundation

/// The sex a GP registration file gives: male or female only (the files hold nothing else).
public enum RegisteredSex: String, CaseIterable, Codable, Sendable {
    case female, male
}

/// How finely a population file gives ages: single years (0 to 94, then 95 and over) or
/// five-year groups (0-4 ... 90-94, 95 and over).
public enum AgeDetail: String, Codable, Sendable {
    case singleYear = "single_year"
    case fiveYear = "five_year"
}

/// One practice's registered patients on one extract date, by sex and age. An age is the
/// first year of its group: a single year (95 for "95 and over"), or for five-year files
/// the group's lower bound (0, 5, 10 ... 95).
public struct PracticePopulation: Sendable, Equatable {
    public let practiceCode: String
    public let extractDate: Date
    public let detail: AgeDetail
    /// The practice's postcode, when the file gives it.
    public let postcode: String?
    public var counts: [RegisteredSex: [Int: Int]]

    public init(
        practiceCode: String, extractDate: Date, detail: AgeDetail, postcode: String? = nil,
        counts: [RegisteredSex: [Int: Int]] = [:]
    ) {
        self.practiceCode = practiceCode
        self.postcode = postcode
        self.extractDate = extractDate
        self.detail = detail
        self.counts = counts
    }

    public var total: Int { counts.values.flatMap(\.values).reduce(0, +) }

    /// Patients by the first year of each age or group, both sexes together: what Tandem keeps.
    public func byAge() -> [Int: Int] {
        var result: [Int: Int] = [:]
        for ages in counts.values { for (age, count) in ages { result[age, default: 0] += count } }
        return result
    }

    public func bySex() -> [RegisteredSex: Int] {
        counts.mapValues { $0.values.reduce(0, +) }
    }
}

/// Tandem's equality age bands (under 16, 16 to 24, 25 to 34 ... 85 or over) from the ages
/// in a population file, for comparing a PPG's members with the practice's patients.
/// PPG members are adults, so the comparison is with patients aged 16 and over. Single years
/// re-band exactly; five-year groups (15-19, 20-24) do not split at 16, so from a five-year
/// file only the bands both share (25 to 34 and older) are compared, on both sides.
public enum AgeBands {
    public static let all = ["under_16", "16_24", "25_34", "35_44", "45_54", "55_64", "65_74", "75_84", "85_plus"]

    /// The bands a population of this detail is compared on.
    public static func comparable(_ detail: AgeDetail) -> [String] {
        detail == .singleYear ? Array(all.dropFirst()) : Array(all.dropFirst(2))
    }

    /// The band an age (or a group's first year) falls in, or nil when it is not compared.
    public static func band(forAge age: Int, detail: AgeDetail) -> String? {
        switch (detail, age) {
        case (.singleYear, ..<16), (.fiveYear, ..<25): nil
        case (_, ..<25): "16_24"
        case (_, ..<35): "25_34"
        case (_, ..<45): "35_44"
        case (_, ..<55): "45_54"
        case (_, ..<65): "55_64"
        case (_, ..<75): "65_74"
        case (_, ..<85): "75_84"
        default: "85_plus"
        }
    }

    /// Patients in the compared bands, from counts by the first year of each age or group.
    public static func bands(_ ages: [Int: Int], detail: AgeDetail) -> [String: Int] {
        var result: [String: Int] = [:]
        for (age, count) in ages {
            if let band = band(forAge: age, detail: detail) { result[band, default: 0] += count }
        }
        return result
    }

    /// What the page says about the comparison.
    public static func note(_ detail: AgeDetail) -> String {
        switch detail {
        case .singleYear: "Members are compared with the practice's patients aged 16 and over."
        case .fiveYear:
            "This practice's population comes in five-year age groups, which do not split at 16, so only ages 25 and over are compared, for members and patients alike."
        }
    }
}
