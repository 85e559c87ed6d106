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
    public var counts: [RegisteredSex: [Int: Int]]

    public init(practiceCode: String, extractDate: Date, detail: AgeDetail, counts: [RegisteredSex: [Int: Int]] = [:]) {
        self.practiceCode = practiceCode
        self.extractDate = extractDate
        self.detail = detail
        self.counts = counts
    }

    public var total: Int { counts.values.flatMap(\.values).reduce(0, +) }

    /// Patients in Tandem's equality age bands. From single years every band is exact; from
    /// five-year groups only the bands both share are given (`AgeBands.comparable`): under 25
    /// stands for "under 16" and "16 to 24" together, which five-year groups cannot split.
    public func byAgeBand() -> [String: Int] {
        var result: [String: Int] = [:]
        for ages in counts.values {
            for (age, count) in ages {
                guard let band = AgeBands.band(forAge: age, detail: detail) else { continue }
                result[band, default: 0] += count
            }
        }
        return result
    }

    public func bySex() -> [RegisteredSex: Int] {
        counts.mapValues { $0.values.reduce(0, +) }
    }
}

/// Tandem's equality age bands (under 16, 16 to 24, 25 to 34 ... 85 or over) from the ages
/// in a population file.
public enum AgeBands {
    /// Under 16 and 16 to 24 together: the only way five-year groups (0-4 ... 20-24) meet them.
    public static let under25 = "under_25"

    /// The band an age falls in, or nil when it would straddle two bands.
    public static func band(forAge age: Int, detail: AgeDetail) -> String? {
        switch detail {
        case .singleYear:
            switch age {
            case ..<16: return "under_16"
            case 16...24: return "16_24"
            default: return decade(age)
            }
        case .fiveYear:
            return age < 25 ? under25 : decade(age)
        }
    }

    private static func decade(_ age: Int) -> String {
        switch age {
        case 25...34: "25_34"
        case 35...44: "35_44"
        case 45...54: "45_54"
        case 55...64: "55_64"
        case 65...74: "65_74"
        case 75...84: "75_84"
        default: "85_plus"
        }
    }

    /// Members' equality answers put into the bands a population can be compared on:
    /// unchanged for single-year populations, "under 16" and "16 to 24" joined for five-year ones.
    public static func comparable(_ memberBand: String, detail: AgeDetail) -> String {
        detail == .fiveYear && (memberBand == "under_16" || memberBand == "16_24") ? under25 : memberBand
    }

    /// What the page says about a five-year population.
    public static let fiveYearNote =
        "This practice's population comes in five-year age groups, so under 16 and 16 to 24 are compared together as under 25."
}
