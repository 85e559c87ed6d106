import Foundation
import TandemCore
import Vapor

/// The ethnic groups of a practice's area, as percentages in the census categories (one box
/// per category, named `pct-<category>`), with where they came from and when.
struct EthnicityForm: Sendable {
    var percentages: [String: String] = [:]
    var source: String?
    var asOf = DateParts()

    static var categories: [EqualityQuestion.Option] {
        EqualityMonitoring.ethnicGroup.options.filter { $0.value != EqualityMonitoring.preferNotToSay }
    }

    static func field(_ category: String) -> String { "pct-\(category)" }

    init(_ ethnicity: PracticeEthnicity?) {
        guard let ethnicity else {
            source = "2021 Census estimates for the practice's area (Office for National Statistics)"
            return
        }
        percentages = ethnicity.percentages.mapValues { String(format: "%g", $0) }
        source = ethnicity.source
        asOf = DateParts(ethnicity.asOf)
    }

    init(decoding req: Request) throws {
        let submitted = try req.content.decode([String: String].self)
        for category in Self.categories { percentages[category.value] = submitted[Self.field(category.value)] }
        source = submitted["source"]
        asOf = DateParts(
            day: submitted["as-of-day"] ?? "", month: submitted["as-of-month"] ?? "", year: submitted["as-of-year"] ?? "")
    }

    struct Valid: Sendable {
        let percentages: [String: Double]
        let source: String
        let asOf: Date
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        var values: [String: Double] = [:]
        for category in Self.categories {
            guard let raw = percentages[category.value]?.trimmed, !raw.isEmpty else { continue }
            guard let value = Double(raw.replacingOccurrences(of: "%", with: "")), (0...100).contains(value) else {
                errors.add(Self.field(category.value), "Enter \(category.label) as a percentage from 0 to 100")
                continue
            }
            values[category.value] = value
        }
        let total = values.values.reduce(0, +)
        if errors.isEmpty && (values.isEmpty || abs(total - 100) > 1) {
            errors.add(
                Self.field(Self.categories[0].value),
                "The percentages should add up to 100; they add up to \(String(format: "%g", (total * 10).rounded() / 10))")
        }
        let source = errors.check(
            FieldRules.requiredText(source, maximum: 300, missing: "Say where the figures come from", name: "The source"),
            "source")
        let asOf = errors.check(FieldRules.date(asOf, name: "The date of the figures", latest: Date()), "as-of")
        return errors.result {
            guard let source, let asOf else { return nil }
            return Valid(percentages: values, source: source, asOf: asOf)
        }
    }
}
