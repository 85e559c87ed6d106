import Plot
import TandemCore

enum InvolvementPlanPage {
    struct Model {
        let header: ProjectHeader
        let form: InvolvementPlanForm
        let index: Int
        let canManage: Bool
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Involvement plan", project: model.header, section: .involvement, context: context, errors: model.errors,
            .div(
                .class("nhsuk-card"),
                .div(
                    .class("nhsuk-card__content"),
                    .h2(.class("nhsuk-card__heading nhsuk-heading-m"), .plain("Co-production index: \(model.index) out of 100")),
                    .p(.class("nhsuk-card__description"), .plain(CoProductionIndex.explanation)))),
            Blocks.details(
                "What the levels mean",
                summaryList(InvolvementLevel.allCases.map { SummaryRow($0.label, text: $0.explanation) })),
            model.canManage ? form(model, csrf: context.csrf) : readOnly(model))
    }

    private static func readOnly(_ model: Model) -> Markup {
        dataTable(
            caption: "The plan", columns: [.init(heading: "Step"), .init(heading: "Level"), .init(heading: "Who")],
            rows: InvolvementStep.allCases.map { step in
                let value = model.form.steps[step]
                return [
                    .plain(step.label),
                    .plain(value?.level.flatMap(InvolvementLevel.init(rawValue:))?.label ?? "Not planned yet"),
                    .plain(value?.who ?? ""),
                ]
            })
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        postForm(
            action: SiteURL.project(.value(model.header.id), .involvement).path, csrf: csrf,
            .group(
                InvolvementStep.allCases.map { step in
                    let value = model.form.steps[step]
                    return .div(
                        .class("nhsuk-form-group"),
                        Blocks.heading(step.label, level: 2, size: "s"),
                        FormField.radios(
                            InvolvementPlanForm.levelField(step),
                            legend: "How involved are patients and carers in \(step.label.lowercased())?",
                            options: InvolvementLevel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: value?.level, error: model.errors[InvolvementPlanForm.levelField(step)], inline: true),
                        FormField.text(
                            InvolvementPlanForm.whoField(step),
                            label: "Who (for example: two patient partners and the ward manager)",
                            value: value?.who, error: model.errors[InvolvementPlanForm.whoField(step)]))
                }),
            Buttons.submit("Save the plan"))
    }
}
