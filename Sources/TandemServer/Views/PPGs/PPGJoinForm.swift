import Foundation
import TandemCore
import Vapor

/// "I would like to join" on the public PPG directory.
struct PPGJoinForm: Content, Sendable {
    var name: String?
    var email: String?
    var phone: String?
    /// A checkbox: arrives as `consent[]`.
    var consent: [String]?

    struct Valid: Sendable {
        let name: String
        let email: String
        let phone: String?
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: 200, missing: "Enter your name", name: "Your name"), "name")
        let email = errors.check(FieldRules.required(email, EmailAddress.self, missing: "Enter your email address"), "email")
        let phone = errors.check(FieldRules.optional(phone, UKPhoneNumber.self), "phone")
        if !(consent ?? []).contains("yes") {
            errors.add("consent", "Tick the box to say the PPG may contact you; without it your details cannot be passed on")
        }
        return errors.result {
            guard let name, let email, let phone else { return nil }
            return Valid(name: name, email: email.lowercased(), phone: phone)
        }
    }
}
