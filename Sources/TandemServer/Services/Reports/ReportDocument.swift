import Foundation

/// A report as a list of blocks, assembled once from the project and then
/// written out both as a web page and as a Word document, so the two never
/// say different things.
struct ReportDocument: Sendable {
    enum Block: Sendable {
        case heading(String, level: Int)
        case paragraph(String)
        /// A comment in the words of the person who gave it (redacted).
        case quote(String)
        case bullets([String])
        case table(caption: String, headers: [String], rows: [[String]])
        /// A bar chart, with its figures as a table in the Word document too.
        case barChart(BarChartFigures)
        /// A measure's SPC chart; the Word document shows its summary and values.
        case spcChart(SPCChartData)
    }

    let title: String
    let subtitle: String
    var blocks: [Block] = []
    /// What the team wrote themselves (summary, background, findings, recommendations):
    /// the only text the plain-English check reads, never Tandem's own fixed sentences.
    var authored: [String] = []

    mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

    /// A paragraph in the team's own words.
    mutating func written(_ text: String) {
        paragraph(text)
        authored.append(text)
    }

    /// The team's own words, for the plain-English check.
    var prose: String { authored.joined(separator: "\n\n") }
}

extension ReportDocument {
    /// The same report with every piece of its text passed through `transform` (names
    /// that may not appear, for one): headings, paragraphs, quotes, lists, tables and charts.
    func mapText(_ transform: (String) -> String) -> ReportDocument {
        var copy = ReportDocument(title: transform(title), subtitle: transform(subtitle))
        copy.authored = authored.map(transform)
        copy.blocks = blocks.map { block in
            switch block {
            case .heading(let text, let level): .heading(transform(text), level: level)
            case .paragraph(let text): .paragraph(transform(text))
            case .quote(let text): .quote(transform(text))
            case .bullets(let items): .bullets(items.map(transform))
            case .table(let caption, let headers, let rows):
                .table(caption: transform(caption), headers: headers.map(transform), rows: rows.map { $0.map(transform) })
            case .barChart(let figures):
                .barChart(
                    BarChartFigures(
                        title: transform(figures.title),
                        bars: figures.bars.map { BarChartBar(label: transform($0.label), count: $0.count) },
                        whole: figures.whole, wholeLabel: figures.wholeLabel, heading: figures.heading))
            case .spcChart(let data):
                .spcChart(
                    SPCChartData(
                        title: transform(data.title), unit: data.unit, chart: data.chart, periods: data.periods,
                        notes: data.notes.map(transform)))
            }
        }
        return copy
    }
}
