import Foundation
import Plot
import TandemCore

/// One measure: its SPC chart and table, what the chart says in words, and
/// the forms to add values and to recalculate the limits from a change.
enum MeasurePage {
    struct Point: Sendable {
        let id: UUID
        let period: Date
        let startsPhase: Bool
    }

    struct Model {
        let header: ProjectHeader
        let id: UUID
        let name: String
        let details: String
        let unit: String
        let direction: ImprovementDirection
        let target: Double?
        let chart: SPCChartData
        let points: [Point]
        let canEdit: Bool
        let input: MeasurePointsForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let chart = model.chart.chart
        var facts = [SummaryRow("Unit", text: model.unit), SummaryRow("Better values", text: model.direction.label)]
        if let target = model.target { facts.append(SummaryRow("Target", text: "\(target.formatted()) \(model.unit)")) }
        if !model.details.isEmpty { facts.append(SummaryRow("How it is counted", text: model.details)) }
        return ProjectFrame.page(
            model.name, project: model.header, section: .measures, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Measures", href: SiteURL.project(.value(model.header.id), .measures).path)],
            summaryList(facts),
            chart.points.isEmpty
                ? .empty
                : .group(
                    spcStory(model.chart),
                    Blocks.details(
                        "How to read this chart",
                        Blocks.paragraph(
                            "The solid line is the mean. The dashed lines are the process limits: values between them are the normal ups and downs of the process. Coloured points show special cause: blue where things got better, orange where they got worse, purple where neither direction is better. Hollow points come before a later shift the other way: they are the period before a change, and recalculating the limits from the change judges each period on its own. Each period after a recalculation has its own mean and limits."
                        ),
                        Blocks.bulletList(SpecialCauseRule.allCases.map(\.explanation)),
                        Blocks.paragraph("A ▼ at the top marks a value with a note, such as when a change was introduced."))),
            spcChart(model.chart, id: "measure-chart"),
            model.canEdit ? forms(model, csrf: context.csrf) : .empty)
    }

    private static func forms(_ model: Model, csrf: String) -> Markup {
        .group(
            postForm(
                action: SiteURL.measure(.value(model.id), .points).path, csrf: csrf,
                Blocks.heading("Add values", level: 2, size: "m"),
                FormField.textarea(
                    "data", label: "Values, one period on each line", value: model.input.data, error: model.errors["data"],
                    hint:
                        "The date, the value and, if you like, a note of what happened, separated by commas. For example: 03/11/2026, 4.5, New discharge leaflet introduced. You can paste two or three columns from a spreadsheet. A date already on the chart is corrected.",
                    rows: 6),
                Buttons.submit("Save values")),
            model.points.count < 2
                ? .empty
                : postForm(
                    action: SiteURL.measure(.value(model.id), .phases).path, csrf: csrf,
                    Blocks.heading("Recalculate the limits", level: 2, size: "m"),
                    Blocks.paragraph(
                        "When a change has made a lasting difference, work the mean and limits out again from the value where it started, so the chart measures the new process."
                    ),
                    FormField.select(
                        "from", label: "Start a new calculation from",
                        options: model.points.dropFirst().filter { !$0.startsPhase }.map {
                            .init(value: $0.id.uuidString, label: CalendarDate.long($0.period))
                        }
                            + (model.points.contains(where: \.startsPhase)
                                ? [.init(value: "none", label: "Undo: work the limits out from all the values")] : []),
                        selected: nil),
                    Buttons.submit("Recalculate", style: .secondary)))
    }
}
