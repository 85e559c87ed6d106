import Plot
import TandemCore

enum MembershipFormPage {
    struct Model {
        let organisation: OrganisationSummary
        let input: MembershipForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let org = model.organisation
        return Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Membership of \(org.name)", context: context,
            breadcrumbs: [
                Crumb(title: "Organisations", href: SiteURL.organisations.path), Crumb(title: org.name, href: org.href),
            ],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading("Membership", caption: org.name),
                    postForm(
                        action: SiteURL.organisation(.value(org.id), .membership).path, csrf: context.csrf,
                        FormField.radios(
                            "tier", legend: "Tier",
                            options: MembershipTier.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: model.input.tier, error: model.errors["tier"]),
                        FormField.date(
                            "starts", legend: "Start date", value: model.input.starts, error: model.errors["starts"],
                            hint: "For example, 1 4 2026"),
                        FormField.date(
                            "renews", legend: "Renewal date", value: model.input.renews, error: model.errors["renews"],
                            hint: "The membership shows as due for renewal 60 days before this date, and as lapsed after it."),
                        FormField.textarea("notes", label: "Notes (optional)", value: model.input.notes, error: nil, rows: 3),
                        Buttons.submit("Save membership")),
                    .p(link("Cancel", href: org.href)))))
    }
}
