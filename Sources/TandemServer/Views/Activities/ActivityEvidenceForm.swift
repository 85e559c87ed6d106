import Foundation
import TandemCore
import Vapor

/// A quote or note kept from an activity as evidence, with who may read it as written.
struct ActivityEvidenceForm: Content, Sendable {
    var text: String?
    var scope: String?

    struct Valid: Sendable {
        let text: String
        let scope: ConsentScope
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(
                text, maximum: TextLimit.long, missing: "Enter the quote or note to keep", name: "A piece of evidence"),
            "text")
        let scope = errors.check(FieldRules.choice(scope, as: ConsentScope.self, missing: "Select who may read it"), "scope")
        return errors.result {
            guard let text, let scope else { return nil }
            return Valid(text: text, scope: scope)
        }
    }
}
