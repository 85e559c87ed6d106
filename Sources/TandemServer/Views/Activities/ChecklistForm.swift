import Foundation
import TandemCore
import Vapor

/// A new checklist for observation visits: its name, and what to look for, one on each line.
struct ChecklistForm: Content, Sendable {
    var name: String?
    var items: String?

    struct Valid: Sendable {
        let name: String
        let items: [String]
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(
                name, maximum: TextLimit.title, missing: "Enter a name for the checklist",
                name: "The name"), "name")
        let items = FieldRules.lines(self.items)
        if items.isEmpty { errors.add("items", "Enter at least one thing to look for, one on each line") }
        if items.contains(where: { $0.count > 300 }) || items.count > 100 {
            errors.add("items", "Give up to 100 things to look for, each 300 characters or fewer")
        }
        return errors.result { name.map { Valid(name: $0, items: items) } }
    }
}
