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

    mutating func heading(_ text: String, level: Int = 2) { blocks.append(.heading(text, level: level)) }
    mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

    /// All the report's own words, for the plain-English check.
    var prose: String {
        blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let text): text
            case .bullets(let items): items.joined(separator: ". ")
            default: nil
            }
        }.joined(separator: "\n\n")
    }
}
