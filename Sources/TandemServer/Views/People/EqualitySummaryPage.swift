import Plot
import TandemCore

enum EqualitySummaryPage {
    struct Row: Sendable {
        let label: String
        let cell: DisclosureControl.Cell
    }

    struct Table: Sendable {
        let question: String
        let rows: [Row]
    }

    struct Model {
        let respondents: Int
        let tables: [Table]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Who we hear from", context: context,
            Blocks.heading("Who we hear from"),
            Blocks.paragraph(
                "Totals from the equality monitoring answers people have chosen to share. Groups of fewer than \(DisclosureControl.threshold) people are hidden, and where one hidden number could be worked out from the others, another is hidden too."
            ),
            Blocks.paragraph("\(model.respondents) \(model.respondents == 1 ? "person has" : "people have") shared answers."),
            model.respondents == 0 ? .empty : .group(model.tables.map(table)))
    }

    /// One question's answers; when `DisclosureControl` hides the whole breakdown, a sentence saying why instead.
    static func table(_ table: Table) -> Markup {
        guard table.rows.contains(where: { !$0.cell.isHidden }) else {
            return .group(
                Blocks.heading(table.question, level: 3, size: "s"),
                Blocks.inset(
                    Blocks.paragraph(
                        "Not shown: too few people answered, or they all gave the same answer, so showing the numbers could tell who answered what."
                    )))
        }
        return .group(
            dataTable(
                caption: table.question, captionSize: "s",
                columns: [.init(heading: "Answer"), .init(heading: "People", numeric: true)],
                rows: table.rows.map { [.plain($0.label), .plain($0.cell.display)] }),
            Blocks.withheldNote(table.rows.map(\.cell)))
    }
}
