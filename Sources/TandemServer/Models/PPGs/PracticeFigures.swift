import Fluent
import Foundation
import TandemCore

/// A practice's registered patients on one extract date, from NHS Digital's files, by sex and
/// the first year of each age or five-year group (`AgeBands` turns them into equality bands).
/// The single-year files come one per sex, so each import replaces only the sexes it holds.
final class RegisteredPopulation: Model, @unchecked Sendable {
    static let schema = "practice_populations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: Organisation

    @Field(key: "extract_date") var extractDate: Date
    @Field(key: "detail") var detail: AgeDetail
    @Field(key: "total") var total: Int
    /// Patients by "sex:first year" ("female:37", "male:95").
    @Field(key: "counts") var counts: [String: Int]
    @Field(key: "imported_at") var importedAt: Date

    init() {}

    init(practiceID: UUID, extractDate: Date, detail: AgeDetail) {
        self.$practice.id = practiceID
        self.extractDate = extractDate
        self.detail = detail
        self.total = 0
        self.counts = [:]
        self.importedAt = Date()
    }

    /// Takes in a file's counts for this practice: the sexes it gives replace what was kept for them.
    func merge(_ population: PracticePopulation) {
        if population.detail != detail {
            detail = population.detail
            counts = [:]
        }
        for (sex, ages) in population.counts {
            counts = counts.filter { !$0.key.hasPrefix(sex.rawValue + ":") }
            for (age, count) in ages { counts["\(sex.rawValue):\(age)"] = count }
        }
        total = counts.values.reduce(0, +)
        importedAt = Date()
    }

    private var parsed: [(sex: String, age: Int, count: Int)] {
        counts.compactMap { key, count in
            let parts = key.split(separator: ":")
            guard parts.count == 2, let age = Int(parts[1]) else { return nil }
            return (String(parts[0]), age, count)
        }
    }

    var sexes: [String: Int] {
        parsed.reduce(into: [:]) { $0[$1.sex, default: 0] += $1.count }
    }

    /// Patients in the equality bands the members are compared on.
    var comparableBands: [String: Int] {
        AgeBands.bands(parsed.reduce(into: [:]) { $0[$1.age, default: 0] += $1.count }, detail: detail)
    }

    /// Both sexes given (the single-year files come one per sex).
    var hasBothSexes: Bool { Set(parsed.map(\.sex)).count == 2 }
}

/// The ethnic groups of a practice's population (for example 2021 Census estimates for its
/// area), in the census categories, with where they came from.
final class PracticeEthnicity: Model, @unchecked Sendable {
    static let schema = "practice_ethnicities"

    @ID(key: .id) var id: UUID?
    @Parent(key: "practice_id") var practice: Organisation
    @OptionalParent(key: "entered_by_id") var enteredBy: Person?

    /// Per cent of the population in each census category (`EqualityMonitoring.ethnicGroup`'s values).
    @Field(key: "percentages") var percentages: [String: Double]
    @Field(key: "source") var source: String
    @Field(key: "as_of") var asOf: Date
    @Field(key: "entered_at") var enteredAt: Date

    init() {}

    init(practiceID: UUID, percentages: [String: Double], source: String, asOf: Date, enteredByID: UUID?) {
        self.$practice.id = practiceID
        self.percentages = percentages
        self.source = source
        self.asOf = asOf
        self.$enteredBy.id = enteredByID
        self.enteredAt = Date()
    }
}
