import Foundation
import TandemCore
import Vapor

/// An action agreed at a meeting or a review: what, who will do it, and by when (optional).
struct OwnedActionForm: Content, Sendable {
    var text: String?
    var owner: String?
    var dueDay: String?, dueMonth: String?, dueYear: String?

    enum CodingKeys: String, CodingKey {
        case text, owner
        case dueDay = "due-day", dueMonth = "due-month", dueYear = "due-year"
    }

    func validate() -> Result<(String, String, Date?), FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(text, maximum: 1_000, missing: "Say what the action is", name: "The action"), "text")
        let owner = errors.check(
            FieldRules.requiredText(
                owner, maximum: 200, missing: "Say who will do it, for example: Practice manager", name: "The owner"),
            "owner")
        let due = errors.check(
            FieldRules.optionalDate(
                DateParts(day: dueDay ?? "", month: dueMonth ?? "", year: dueYear ?? ""), name: "The due date"),
            "due")
        return errors.result {
            guard let text, let owner, let due else { return nil }
            return (text, owner, due)
        }
    }
}
