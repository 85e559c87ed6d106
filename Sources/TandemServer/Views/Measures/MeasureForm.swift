import Foundation
import TandemCore
import Vapor

/// A new measure, as typed on the measures page.
struct MeasureForm: Content, Sendable {
    var name: String?
    var unit: String?
    var direction: String?
    var target: String?
    var details: String?

    struct Valid: Sendable {
        let name: String
        let unit: String
        let direction: ImprovementDirection
        let target: Double?
        let details: String
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: 150, missing: "Enter what is measured", name: "The name"), "name")
        let unit = errors.check(
            FieldRules.requiredText(
                unit, maximum: 40, missing: "Enter the unit, for example days, % or people",
                name: "The unit"), "unit")
        let details = errors.check(FieldRules.optionalText(details, maximum: TextLimit.long, name: "Details"), "details")
        let direction = errors.check(
            FieldRules.choice(
                direction, as: ImprovementDirection.self,
                missing: "Choose whether higher or lower values are better"), "direction")
        let targetValue = target.nonBlank.flatMap(NumberField.measureValue)
        if target.nonBlank != nil, targetValue == nil {
            errors.add("target", "The target must be a number between minus and plus a million million, like 4 or 95.5")
        }
        return errors.result {
            guard let name, let unit, let direction, let details else { return nil }
            return Valid(name: name, unit: unit, direction: direction, target: targetValue, details: details ?? "")
        }
    }
}
