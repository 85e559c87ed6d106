import Foundation
import Plot
import TandemCore

/// The report as a web page that prints cleanly, with the plain-English
/// check and the editing form shown only on screen, to the team.
enum ReportPage {
    struct Model {
        let header: ProjectHeader
        let report: ReportDocument
        let plainEnglish: PlainEnglishReport
        let canEdit: Bool
        let summary: String?
        let background: String?
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Report", project: model.header, section: .report, context: context, errors: model.errors,
            .div(
                .class("tandem-no-print"),
                Buttons.group(
                    Buttons.link("Download as a Word document", href: SiteURL.project(.value(model.header.id), .reportDocx).path),
                    Blocks.paragraph(
                        "To print or save as PDF, use your browser's print command: the page prints without menus or forms.",
                        classes: "nhsuk-body-s")),
                model.canEdit ? plainEnglish(model.plainEnglish) : .empty),
            .article(
                .class("tandem-report"),
                element("h2", .class("nhsuk-heading-l"), .plain(model.report.title)),
                Blocks.lead(model.report.subtitle),
                .group(model.report.blocks.enumerated().map { index, block in html(block, index: index) })),
            model.canEdit ? editForm(model, csrf: context.csrf) : .empty)
    }

    static func html(_ block: ReportDocument.Block, index: Int) -> Markup {
        switch block {
        case .heading(let text, let level):
            return element("h\(min(level + 1, 4))", .class(level <= 2 ? "nhsuk-heading-m" : "nhsuk-heading-s"), .plain(text))
        case .paragraph(let text):
            return .group(text.components(separatedBy: "\n\n").map { .p(.plain($0)) })
        case .quote(let text):
            return element("blockquote", .class("tandem-quote"), .p(.plain(text)))
        case .bullets(let items):
            return Blocks.bulletList(items)
        case .table(let caption, let headers, let rows):
            return dataTable(
                caption: caption, captionSize: "s", columns: headers.map { TableColumn(heading: $0) },
                rows: rows.map { $0.map { .plain($0) } })
        case .barChart(let figures):
            return barChart(figures, id: "report-chart-\(index)")
        case .spcChart(let data):
            return .group(spcStory(data), spcChart(data, id: "report-spc-\(index)"))
        }
    }

    private static func plainEnglish(_ check: PlainEnglishReport) -> Markup {
        let score = check.readability
        return Blocks.details(
            "Plain-English check: \(score.summary.lowercased())",
            Blocks.paragraph(
                "Reading ease \(Int(score.fleschReadingEase.rounded())) out of 100 (60 or more is plain English); a reading age of about \(Int(score.readingAge.rounded())). This checks the report's own words, not the quotes."
            ),
            check.jargon.isEmpty
                ? Blocks.paragraph("No NHS jargon or unexplained abbreviations found.")
                : .group(
                    Blocks.paragraph("Words that may be jargon, with plainer ones:"),
                    Blocks.bulletList(check.jargon.map { "\u{201C}\($0.found)\u{201D}: try \u{201C}\($0.suggestion)\u{201D}" })),
            check.longSentences.isEmpty
                ? .empty
                : .group(
                    Blocks.paragraph("Sentences of more than 25 words, which are hard to follow:"),
                    Blocks.bulletList(check.longSentences.prefix(5).map { String($0.prefix(160)) })))
    }

    private static func editForm(_ model: Model, csrf: String) -> Markup {
        .div(
            .class("tandem-no-print"),
            postForm(
                action: SiteURL.project(.value(model.header.id), .reportText).path, csrf: csrf,
                Blocks.heading("Write the report's own words", level: 2, size: "m"),
                Blocks.paragraph("Everything else in the report comes from the project as it stands."),
                FormField.textarea(
                    "summary", label: "Summary", value: model.summary, error: model.errors["summary"],
                    hint: "What the project found and what changed, in a few sentences, for someone with two minutes", rows: 5),
                FormField.textarea(
                    "background", label: "Background", value: model.background, error: model.errors["background"],
                    hint: "Why the project was needed. Left empty, the problem from the proposal is used.", rows: 6),
                Buttons.submit("Save report text")))
    }
}
