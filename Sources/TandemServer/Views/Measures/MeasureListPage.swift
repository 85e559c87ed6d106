import Foundation
import Plot
import TandemCore

/// A project's measures with what each chart says now, and the form to add one.
enum MeasureListPage {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let values: Int
        let variation: VariationIcon?
        let assurance: AssuranceIcon?
    }

    struct Model {
        let header: ProjectHeader
        let measures: [Row]
        let canAdd: Bool
        let input: MeasureForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Measures", project: model.header, section: .measures, context: context, errors: model.errors,
            Blocks.paragraph(
                "A measure is something the project counts over time, such as the days people wait for their medicines. Each one is shown as a statistical process control (SPC) chart, so a real change can be told apart from the ups and downs every process has."
            ),
            model.measures.isEmpty
                ? Blocks.inset(Blocks.paragraph("No measures yet."))
                : dataTable(
                    caption: "Measures", captionHidden: true,
                    columns: [
                        .init(heading: "Measure"), .init(heading: "Values", numeric: true),
                        .init(heading: "What the chart shows"),
                    ],
                    rows: model.measures.map { row in
                        [
                            link(row.name, href: SiteURL.measure(.value(row.id)).path), .plain(String(row.values)),
                            .plain(
                                row.variation.map {
                                    ([$0.label] + [row.assurance?.label].compactMap { $0 }).joined(separator: ". ")
                                }
                                    ?? "No values yet"),
                        ]
                    }),
            model.canAdd ? form(model, csrf: context.csrf) : .empty)
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        postForm(
            action: SiteURL.project(.value(model.header.id), .measures).path, csrf: csrf,
            Blocks.heading("Add a measure", level: 2, size: "m"),
            FormField.text(
                "name", label: "What is measured", value: model.input.name, error: model.errors["name"],
                hint: "For example: Days from the decision to discharge until medicines are ready"),
            FormField.text(
                "unit", label: "Unit", value: model.input.unit, error: model.errors["unit"],
                hint: "For example: days, % or people", width: "10"),
            FormField.radios(
                "direction", legend: "Which values are better?",
                options: ImprovementDirection.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: model.input.direction, error: model.errors["direction"]),
            FormField.text(
                "target", label: "Target (optional)", value: model.input.target, error: model.errors["target"],
                hint: "A number in the same unit. The chart then says whether the target will be met.", width: "5"),
            FormField.textarea(
                "details", label: "How it is counted (optional)", value: model.input.details,
                hint: "Where the figures come from and how often, so anyone can check them", rows: 3),
            Buttons.submit("Add measure"))
    }
}
