import Foundation
import Plot

/// A horizontal bar chart as SVG, with the same figures in a table beside it
/// for screen readers and anyone who prefers numbers. No inline styles: the
/// Content Security Policy forbids them, so everything is SVG attributes.
struct BarChartBar: Sendable {
    let label: String
    let count: Int
}

func barChart(title: String, bars: [BarChartBar], id: String) -> Markup {
    let total = bars.reduce(0) { $0 + $1.count }
    let maximum = max(1, bars.map(\.count).max() ?? 1)
    let rowHeight = 34, labelWidth = 260, barWidth = 300, width = labelWidth + barWidth + 120
    let height = max(1, bars.count) * rowHeight + 8
    func percent(_ count: Int) -> String { total == 0 ? "0%" : "\(Int((Double(count) / Double(total) * 100).rounded()))%" }
    let summary = HTMLEscaping.attribute(title + ": " + bars.map { "\($0.label) \($0.count)" }.joined(separator: ", "))
    var svg =
        ##"<svg class="tandem-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(width) \##(height)" width="100%" role="img" aria-labelledby="\##(id)-title"><title id="\##(id)-title">\##(summary)</title>"##
    for (index, bar) in bars.enumerated() {
        let y = index * rowHeight + 4
        let length = Int((Double(bar.count) / Double(maximum)) * Double(barWidth))
        let label = HTMLEscaping.attribute(bar.label.count > 38 ? String(bar.label.prefix(36)) + "…" : bar.label)
        svg +=
            ##"<text x="\##(labelWidth - 8)" y="\##(y + 21)" text-anchor="end" font-size="15" fill="#212b32">\##(label)</text>"##
        svg +=
            ##"<rect x="\##(labelWidth)" y="\##(y + 4)" width="\##(max(length, bar.count > 0 ? 2 : 0))" height="\##(rowHeight - 10)" fill="#005eb8"/>"##
        svg +=
            ##"<text x="\##(labelWidth + length + 8)" y="\##(y + 21)" font-size="15" fill="#212b32">\##(bar.count) (\##(percent(bar.count)))</text>"##
    }
    svg += "</svg>"
    return .group(
        .raw(svg),
        Blocks.details(
            "Show as a table",
            dataTable(
                caption: title, captionSize: "s",
                columns: [
                    .init(heading: "Answer"), .init(heading: "Number", numeric: true),
                    .init(heading: "Share", numeric: true),
                ],
                rows: bars.map { [.plain($0.label), .plain(String($0.count)), .plain(percent($0.count))] })))
}
