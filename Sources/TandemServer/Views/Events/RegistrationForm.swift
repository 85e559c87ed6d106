import Foundation
import TandemCore
import Vapor

/// Signing up for an event on its public page, without an account.
struct RegistrationForm: Content, Sendable {
    var name: String?
    var email: String?
    var phone: String?
    var organisation: String?
    var access: [String]?
    var accessOther: String?
    var dietary: String?
    /// Agreement to be contacted about this event: required.
    var consent: [String]?
    /// Agreement to hear about future events: optional, kept as a consent record.
    var future: [String]?

    enum CodingKeys: String, CodingKey {
        case name, email, phone, organisation, access, dietary, consent, future
        case accessOther = "access-other"
    }

    init() {}

    struct Valid: Sendable {
        var details: Registrations.Details
        let future: Bool
    }

    func validate(inPerson: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter your name", name: "Your name"), "name")
        let email = errors.check(
            FieldRules.required(email, EmailAddress.self, missing: "Enter your email address, so we can confirm your place"),
            "email")
        let phone = errors.check(FieldRules.optional(phone, UKPhoneNumber.self), "phone")
        let organisation = errors.check(
            FieldRules.optionalText(organisation, maximum: TextLimit.title, name: "Organisation or GP practice"), "organisation")
        let needs = (access ?? []).filter { AccessNeed(rawValue: $0) != nil }
        let other = errors.check(
            FieldRules.optionalText(accessOther, maximum: TextLimit.short, name: "Anything else you need"), "access-other")
        let diet =
            inPerson
            ? errors.check(FieldRules.optionalText(dietary, maximum: TextLimit.short, name: "Dietary needs"), "dietary") : nil
        if !(consent ?? []).contains("yes") {
            errors.add("consent", "Tick the box to agree that we may contact you about this event, or we cannot give you a place")
        }
        return errors.result {
            guard let name, let email, let phone, let organisation, let other else { return nil }
            return Valid(
                details: Registrations.Details(
                    name: name, email: email, phone: phone, organisationText: organisation, accessNeeds: needs,
                    accessOther: other, dietary: diet ?? nil, contactAboutFuture: (future ?? []).contains("yes")),
                future: (future ?? []).contains("yes"))
        }
    }
}
