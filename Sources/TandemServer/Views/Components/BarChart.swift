import Foundation
import Plot
import TandemCore

/// A horizontal bar chart as SVG, with the same figures in a table beside it
/// for screen readers and anyone who prefers numbers. No inline styles: the
/// Content Security Policy forbids them, so everything is SVG attributes.
struct BarChartBar: Sendable {
    let label: String
    let count: Int
    /// Where a click on the bar leads (a theme's comments). The table beside the chart
    /// carries the same link for keyboards and screen readers.
    var href: String? = nil
}

/// A bar chart's figures, for the web page and the Word document alike.
struct BarChartFigures: Sendable {
    let title: String
    let bars: [BarChartBar]
    /// What each bar's share is of, said in `wholeLabel` ("comments coded"): for answers
    /// to a one-choice question the answers; for themes the comments coded, which is not
    /// the sum of the bars, since a comment can have several themes.
    let whole: Int
    let wholeLabel: String
    /// The table's heading for the bars' labels.
    var heading = "Answer"

    func share(_ bar: BarChartBar) -> String { Share.percent(bar.count, of: whole) }

    /// The table beside the chart (and in the Word document): label, number, share.
    var tableHeaders: [String] { [heading, "Number", "Share of \(whole.commaGrouped) \(wholeLabel)"] }
    var tableRows: [[String]] { bars.map { [$0.label, $0.count.commaGrouped, share($0)] } }
}

func barChart(_ figures: BarChartFigures, id: String) -> Markup {
    let (title, bars) = (figures.title, figures.bars)
    let maximum = max(1, bars.map(\.count).max() ?? 1)
    let rowHeight = 34, labelWidth = 260, barWidth = 300, width = labelWidth + barWidth + 120
    let height = max(1, bars.count) * rowHeight + 8
    let summary = HTMLEscaping.attribute(
        title + ": " + bars.map { "\($0.label) \($0.count.commaGrouped) (\(figures.share($0)))" }.joined(separator: ", "))
    var svg =
        ##"<svg class="tandem-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(width) \##(height)" width="100%" role="img" aria-labelledby="\##(id)-title"><title id="\##(id)-title">\##(summary)</title>"##
    for (index, bar) in bars.enumerated() {
        let y = index * rowHeight + 4
        let length = Int((Double(bar.count) / Double(maximum)) * Double(barWidth))
        let label = HTMLEscaping.attribute(bar.label.count > 38 ? String(bar.label.prefix(36)) + "…" : bar.label)
        // A linked bar is for the pointer only (tandem.js follows `data-href` on a click): the chart
        // is one image to assistive technology, and the table's link is the one keyboards reach.
        if let href = bar.href { svg += ##"<g class="tandem-bar-link" data-href="\##(HTMLEscaping.attribute(href))">"## }
        svg +=
            ##"<text x="\##(labelWidth - 8)" y="\##(y + 21)" text-anchor="end" font-size="15" fill="#212b32">\##(label)</text>"##
        svg +=
            ##"<rect x="\##(labelWidth)" y="\##(y + 4)" width="\##(max(length, bar.count > 0 ? 2 : 0))" height="\##(rowHeight - 10)" fill="#005eb8"/>"##
        svg +=
            ##"<text x="\##(labelWidth + length + 8)" y="\##(y + 21)" font-size="15" fill="#212b32">\##(bar.count.commaGrouped) (\##(figures.share(bar)))</text>"##
        if bar.href != nil { svg += "</g>" }
    }
    svg += "</svg>"
    return .group(
        .raw(svg),
        Blocks.details(
            "Show as a table",
            dataTable(
                caption: title, captionSize: "s",
                columns: figures.tableHeaders.enumerated().map { .init(heading: $1, numeric: $0 > 0) },
                rows: zip(bars, figures.tableRows).map { bar, row in
                    [bar.href.map { link(row[0], href: $0) } ?? .plain(row[0])] + row.dropFirst().map { .plain($0) }
                })))
}
