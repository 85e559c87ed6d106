import Foundation
import Plot
import TandemCore

enum PersonFormPage {
    struct Model {
        let input: PersonForm
        let errors: FormErrors
        let editingID: UUID?
        let editingName: String?
        let isSelf: Bool
        let canSetRoles: Bool
        let organisationOptions: [FormField.Option]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title =
            model.editingID == nil
            ? "Add a person" : (model.isSelf ? "Change your details" : "Change \(model.editingName ?? "details")")
        let action = model.editingID.map { SiteURL.person(.value($0), .edit).path } ?? SiteURL.people.path
        let back = model.editingID.map { SiteURL.person(.value($0)).path } ?? SiteURL.people.path
        let input = model.input
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + title, context: context,
            breadcrumbs: model.isSelf
                ? [Crumb(title: "Your profile", href: back)] : [Crumb(title: "People", href: SiteURL.people.path)],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(title),
                    postForm(
                        action: action, csrf: context.csrf,
                        FormField.text(
                            "name", label: "Full name", value: input.name, error: errors["name"],
                            autocomplete: model.isSelf ? "name" : "off"),
                        FormField.text(
                            "preferred-name", label: "Preferred name (optional)", value: input.preferredName,
                            error: errors["preferred-name"], hint: "What people should call you in Tandem, if not your full name."
                        ),
                        FormField.text(
                            "pronouns", label: "Pronouns (optional)", value: input.pronouns, error: errors["pronouns"],
                            hint: "For example, she/her, he/him or they/them.", width: "10"),
                        FormField.text(
                            "email", label: "Email address (optional)", value: input.email, error: errors["email"],
                            type: "email", autocomplete: model.isSelf ? "email" : "off", spellcheck: false),
                        FormField.text(
                            "phone", label: "UK phone number (optional)", value: input.phone, error: errors["phone"],
                            type: "tel", width: "20", autocomplete: model.isSelf ? "tel" : "off"),
                        FormField.text(
                            "postcode-district", label: "First part of postcode (optional)", value: input.postcodeDistrict,
                            error: errors["postcode-district"],
                            hint:
                                "Only the first part, like SG1 or SW1A. It tells us roughly where people live, without an address.",
                            width: "5"),
                        model.canSetRoles
                            ? FormField.checkboxes(
                                "roles", legend: "Roles",
                                options: InvolvementRole.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                selected: Set(input.roles ?? []), error: errors["roles"], hint: "Select all that apply.")
                            : .empty,
                        model.editingID == nil && !model.organisationOptions.isEmpty
                            ? FormField.select(
                                "organisation", label: "Organisation (optional)", options: model.organisationOptions,
                                selected: input.organisation, error: errors["organisation"],
                                hint: "You can link more organisations from the person's page.",
                                blankLabel: "Not linked to an organisation")
                            : .empty,
                        FormField.text(
                            "lived-experience", label: "Lived experience (optional)", value: input.livedExperience,
                            error: errors["lived-experience"],
                            hint:
                                "Conditions, services or experiences to draw on, separated by commas. For example: stroke, carer for a parent, maternity services."
                        ),
                        FormField.text(
                            "skills", label: "Skills (optional)", value: input.skills, error: errors["skills"],
                            hint: "Separated by commas. For example: facilitation, data analysis, Urdu, film making."),
                        FormField.checkboxes(
                            "access-needs", legend: "Access and communication needs (optional)",
                            options: AccessNeed.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: Set(input.accessNeeds ?? []), error: errors["access-needs"],
                            hint: "Teams see these so they can plan meetings and papers that work for everyone."),
                        FormField.textarea(
                            "access-needs-other", label: "Anything else that helps (optional)", value: input.accessNeedsOther,
                            error: errors["access-needs-other"], rows: 3),
                        Buttons.submit(model.editingID == nil ? "Add person" : "Save changes")),
                    .p(link("Cancel", href: back)))))
    }
}
