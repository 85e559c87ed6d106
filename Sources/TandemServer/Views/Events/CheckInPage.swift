import Foundation
import Plot
import TandemCore
import Vapor

/// Someone who turns up without registering, as the organiser types them in at the door.
struct WalkInForm: Content, Sendable {
    var name: String?
    var email: String?
    var organisation: String?

    enum CodingKeys: String, CodingKey {
        case name = "walk-in-name", email = "walk-in-email", organisation = "walk-in-organisation"
    }

    init() {}

    func validate() -> Result<Registrations.Details, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(
            FieldRules.requiredText(name, maximum: TextLimit.title, missing: "Enter the person's name", name: "The name"),
            "walk-in-name")
        let email = errors.check(FieldRules.optional(email, EmailAddress.self), "walk-in-email")
        let organisation = errors.check(
            FieldRules.optionalText(organisation, maximum: TextLimit.title, name: "The organisation"), "walk-in-organisation")
        return errors.result {
            guard let name, let email, let organisation else { return nil }
            return Registrations.Details(name: name, email: email ?? "", organisationText: organisation)
        }
    }
}

/// The door on the day: how many are in, the person a QR code opened, a code typed, a walk-in added.
enum CheckInPage {
    struct Scanned: Sendable {
        let name: String
        let organisation: String?
        let code: String
        let status: RegistrationStatus
        let present: Bool
    }

    struct Model {
        let id: UUID
        let title: String
        let when: String
        let present: Int
        let withPlaces: Int
        /// nil: no limit.
        let placesLeft: Int?
        let scanned: Scanned?
        let typed: String?
        let walkIn: WalkInForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let action = SiteURL.event(.value(model.id), .checkIn).path
        return Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Check in: \(model.title)", context: context,
            breadcrumbs: [
                Crumb(title: "Events", href: SiteURL.events.path),
                Crumb(title: model.title, href: SiteURL.event(.value(model.id)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading("Check in", caption: model.title),
                    .p(
                        .class("nhsuk-body-l"), .attr("role", "status"),
                        .plain("\(model.present.commaGrouped) of \(model.withPlaces.commaGrouped) checked in")),
                    Blocks.paragraph(
                        "Scan the QR code on a person's place page with this phone's camera: it opens their check-in here. Or type the six-character code from their email."
                    ),
                    model.scanned.map { person in
                        Blocks.inset(
                            Blocks.heading(person.name, level: 2, size: "m"),
                            person.organisation.map { Blocks.paragraph($0) } ?? .empty,
                            person.present
                                ? Blocks.paragraph("Already checked in.")
                                : person.status == .confirmed
                                    ? postForm(
                                        action: action, csrf: context.csrf, FormField.hidden("code", person.code),
                                        Buttons.submit("Check in \(person.name)"))
                                    : Blocks.paragraph(
                                        "\(person.status == .waiting ? "On the waiting list" : "Gave the place up"): no place. Add them as a walk-in if there is room."
                                    ))
                    } ?? .empty,
                    postForm(
                        action: action, csrf: context.csrf,
                        FormField.text(
                            "code", label: "Check-in code", value: model.typed, error: model.errors["code"],
                            hint: "For example, K7Q2XW", width: "10", autocomplete: "off", spellcheck: false),
                        Buttons.submit("Check in", style: .secondary)),
                    Blocks.heading("Add a walk-in", level: 2, size: "m"),
                    Blocks.paragraph(
                        model.placesLeft.map { $0 == 0 ? "Every place is taken." : "\(counted($0, "place", "places")) left." }
                            ?? "There is no limit on places."),
                    postForm(
                        action: SiteURL.event(.value(model.id), .walkIn).path, csrf: context.csrf,
                        FormField.text(
                            "walk-in-name", label: "Name", value: model.walkIn.name, error: model.errors["walk-in-name"],
                            autocomplete: "off"),
                        FormField.text(
                            "walk-in-email", label: "Email address (optional)", value: model.walkIn.email,
                            error: model.errors["walk-in-email"], type: "email", autocomplete: "off", spellcheck: false),
                        FormField.text(
                            "walk-in-organisation", label: "Organisation or GP practice (optional)",
                            value: model.walkIn.organisation, error: model.errors["walk-in-organisation"]),
                        Buttons.submit("Add and check in", style: .secondary)),
                    .p(link("Back to the event and its register", href: SiteURL.event(.value(model.id)).path)))))
    }
}
