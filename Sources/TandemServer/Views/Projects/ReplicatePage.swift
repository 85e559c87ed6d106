import Plot

enum ReplicatePage {
    struct Model {
        let header: ProjectHeader
        let input: ReplicateForm
        let errors: FormErrors
        let organisationOptions: [FormField.Option]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Use as a template", project: model.header, section: .overview, context: context, errors: model.errors,
            Blocks.paragraph("Start the same project with another organisation. The new project gets copies of:"),
            Blocks.bulletList([
                "the surveys (as drafts, with their questions)", "the checklists",
                "the activities, as plans without dates, notes or scores",
                "the involvement plan", "the problem and aims, to adapt",
            ]),
            Blocks.inset(.p("It gets none of the evidence, the team or the agreement: those belong to each project.")),
            postForm(
                action: SiteURL.project(.value(model.header.id), .replicate).path, csrf: context.csrf,
                FormField.text(
                    "title", label: "Title of the new project", value: model.input.title, error: model.errors["title"]),
                FormField.select(
                    "organisation", label: "Partner organisation", options: model.organisationOptions,
                    selected: model.input.organisation, error: model.errors["organisation"], blankLabel: "Select an organisation"),
                Buttons.submit("Start the new project")))
    }
}
