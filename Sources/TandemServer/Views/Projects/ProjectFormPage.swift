import Foundation
import Plot
import TandemCore

enum ProjectFormPage {
    struct Model {
        let input: ProjectForm
        let errors: FormErrors
        let editing: ProjectHeader?
        let organisationOptions: [FormField.Option]
        let managerOptions: [FormField.Option]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.input, errors = model.errors
        let action = model.editing.map { SiteURL.project(.value($0.id), .edit).path } ?? SiteURL.projects.path
        let form = postForm(
            action: action, csrf: context.csrf,
            FormField.text("title", label: "Project title", value: input.title, error: errors["title"]),
            FormField.select(
                "organisation", label: "Partner organisation", options: model.organisationOptions, selected: input.organisation,
                error: errors["organisation"], hint: "The NHS organisation or service the project works with.",
                blankLabel: "Select an organisation"),
            FormField.select(
                "manager", label: "Project manager", options: model.managerOptions, selected: input.manager,
                error: errors["manager"], blankLabel: "Not chosen yet"),
            FormField.textarea(
                "problem", label: "The problem, in plain English", value: input.problem, error: errors["problem"],
                hint: "What is not working for patients and carers, and how do we know?"),
            FormField.textarea("aims", label: "What the project aims to do", value: input.aims, error: errors["aims"], rows: 4),
            model.editing == nil
                ? FormField.textarea(
                    "outcomes", label: "Outcomes to agree (optional)", value: input.outcomes, error: errors["outcomes"],
                    hint: "One outcome on each line. You can change them until the proposal is agreed.", rows: 4)
                : .empty,
            FormField.date("starts", legend: "Start date (optional)", value: input.starts, error: errors["starts"]),
            FormField.date("ends", legend: "End date (optional)", value: input.ends, error: errors["ends"]),
            Buttons.submit(model.editing == nil ? "Start project" : "Save changes"))
        guard let project = model.editing else {
            return Layout.page(
                title: (errors.isEmpty ? "" : "Error: ") + "Start a project", context: context,
                breadcrumbs: [Crumb(title: "Projects", href: SiteURL.projects.path)],
                .div(
                    .class("nhsuk-grid-row"),
                    .div(
                        .class("nhsuk-grid-column-two-thirds"),
                        errorSummary(errors), Blocks.heading("Start a project"),
                        Blocks.paragraph(
                            "Start with the proposal. Outcomes and milestones are agreed with the partner organisation before the work begins."
                        ),
                        form)))
        }
        return ProjectFrame.page(
            "Change the proposal", project: project, section: .proposal, context: context, errors: errors, form)
    }
}
