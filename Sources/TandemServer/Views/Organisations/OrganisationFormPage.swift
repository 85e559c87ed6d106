import Foundation
import Plot
import TandemCore

enum OrganisationFormPage {
    struct Model {
        let input: OrganisationForm
        let errors: FormErrors
        let editingID: UUID?
        let editingName: String?
        let parentOptions: [FormField.Option]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let title = model.editingID == nil ? "Add an organisation" : "Change \(model.editingName ?? "organisation")"
        let action = model.editingID.map { SiteURL.organisation(.value($0), .edit).path } ?? SiteURL.organisations.path
        let back = model.editingID.map { SiteURL.organisation(.value($0)).path } ?? SiteURL.organisations.path
        return Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + title, context: context,
            breadcrumbs: [Crumb(title: "Organisations", href: SiteURL.organisations.path)],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading(title),
                    postForm(
                        action: action, csrf: context.csrf,
                        FormField.text("name", label: "Name", value: model.input.name, error: model.errors["name"]),
                        FormField.radios(
                            "kind", legend: "Kind of organisation",
                            options: OrganisationKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: model.input.kind, error: model.errors["kind"]),
                        FormField.text(
                            "ods-code", label: "ODS code (optional)", value: model.input.odsCode, error: model.errors["ods-code"],
                            hint: "The NHS organisation code, 3 to 6 letters and numbers, like RX1 or Y01234.",
                            width: "10", spellcheck: false),
                        FormField.select(
                            "parent", label: "Part of (optional)", options: model.parentOptions, selected: model.input.parent,
                            error: model.errors["parent"],
                            hint:
                                "A GP practice is part of its primary care network (PCN), and a PCN is part of its integrated care board (ICB).",
                            blankLabel: "Not part of another organisation"),
                        FormField.textarea(
                            "description", label: "About this organisation (optional)", value: model.input.summary,
                            error: model.errors["description"]),
                        Buttons.submit(model.editingID == nil ? "Add organisation" : "Save changes")),
                    .p(link("Cancel", href: back)))))
    }
}
