import Foundation
import TandemCore
import Vapor

/// The organiser's message to everyone registered.
struct EventMessageForm: Content, Sendable {
    var subject: String?
    var message: String?
    /// "places" or "everyone" (with the waiting list).
    var who: String?

    init() { who = "places" }

    struct Valid: Sendable {
        let subject: String
        let text: String
        let includeWaiting: Bool
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let subject = errors.check(
            FieldRules.requiredText(subject, maximum: TextLimit.title, missing: "Enter the email's subject", name: "The subject"),
            "subject")
        let text = errors.check(
            FieldRules.requiredText(message, maximum: TextLimit.short, missing: "Enter your message", name: "The message"),
            "message")
        if who != "places" && who != "everyone" { errors.add("who", "Choose who the message goes to") }
        return errors.result {
            guard let subject, let text, who == "places" || who == "everyone" else { return nil }
            return Valid(subject: subject, text: text, includeWaiting: who == "everyone")
        }
    }
}
