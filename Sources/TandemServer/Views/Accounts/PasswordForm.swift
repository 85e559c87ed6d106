import Foundation
import TandemCore
import Vapor

/// A password chosen by the person themselves, from an invitation or reset link.
struct PasswordForm: Content, Sendable {
    var password: String?
    var passwordConfirmation: String?

    enum CodingKeys: String, CodingKey {
        case password
        case passwordConfirmation = "password-confirmation"
    }

    func validate() -> Result<String, FormErrors> {
        var errors = FormErrors()
        let password = password ?? ""
        if let problem = PasswordRule.problem(with: password) {
            errors.add("password", problem.message)
        } else if password != passwordConfirmation {
            errors.add("password-confirmation", "The passwords do not match: type the same one twice")
        }
        return errors.result { password }
    }
}

/// Someone asking for a reset link: their email address.
struct ForgottenPasswordForm: Content, Sendable {
    var email: String?

    func validate() -> Result<String, FormErrors> {
        var errors = FormErrors()
        let email = errors.check(
            FieldRules.required(
                email, EmailAddress.self, missing: "Enter your email address, like name@example.org"), "email")
        return errors.result { email }
    }
}
