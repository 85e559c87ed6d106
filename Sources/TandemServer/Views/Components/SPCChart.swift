import Foundation
import Plot
import TandemCore

/// An XmR chart as SVG in the colours of Making Data Count (grey for common
/// cause, blue for improvement, orange for concern, purple where neither
/// direction is better), with every figure in a table for anyone who cannot
/// see the chart. Like `barChart`, only SVG attributes: no inline styles.
struct SPCChartData: Sendable {
    let title: String
    let unit: String
    let chart: XmRChart
    let periods: [Date]
    let notes: [String]
}

func spcChart(_ data: SPCChartData, id: String) -> Markup {
    let chart = data.chart
    guard !chart.points.isEmpty else { return Blocks.inset(Blocks.paragraph("No values yet. Add some below to see the chart.")) }
    let width = 720.0, height = 320.0, left = 64.0, right = 24.0, top = 16.0, bottom = 56.0
    var low = chart.points.map(\.value).min()!, high = chart.points.map(\.value).max()!
    for phase in chart.phases { low = min(low, phase.lowerLimit); high = max(high, phase.upperLimit) }
    if let target = chart.target { low = min(low, target); high = max(high, target) }
    if high - low < 1e-9 { high += 1; low -= 1 }
    let pad = (high - low) * 0.08
    low -= pad; high += pad
    let count = chart.points.count
    func x(_ index: Int) -> Double { left + (count == 1 ? 0.5 : Double(index) / Double(count - 1)) * (width - left - right) }
    func y(_ value: Double) -> Double { top + (high - value) / (high - low) * (height - top - bottom) }
    func f(_ value: Double) -> String { String(format: "%.1f", value) }
    let colours: [PointAssessment: String] = [
        .commonCause: "#768692", .improving: "#005eb8", .concerning: "#ed8b00", .neither: "#7c2855",
    ]

    let summary = HTMLEscaping.attribute(chartSummary(data))
    var svg =
        ##"<svg class="tandem-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(Int(width)) \##(Int(height))" width="100%" role="img" aria-labelledby="\##(id)-title"><title id="\##(id)-title">\##(summary)</title>"##
    // Axis with five value labels.
    for step in 0...4 {
        let value = low + (high - low) * Double(step) / 4
        svg +=
            ##"<line x1="\##(f(left))" x2="\##(f(width - right))" y1="\##(f(y(value)))" y2="\##(f(y(value)))" stroke="#e8edee"/>"##
        svg +=
            ##"<text x="\##(f(left - 6))" y="\##(f(y(value) + 5))" text-anchor="end" font-size="13" fill="#212b32">\##(HTMLEscaping.text(number(value)))</text>"##
    }
    // Mean and limits, phase by phase.
    for phase in chart.phases {
        let x1 = f(x(phase.firstIndex)), x2 = f(x(phase.lastIndex))
        svg +=
            ##"<line x1="\##(x1)" x2="\##(x2)" y1="\##(f(y(phase.mean)))" y2="\##(f(y(phase.mean)))" stroke="#425563" stroke-width="2"/>"##
        for limit in [phase.upperLimit, phase.lowerLimit] {
            svg +=
                ##"<line x1="\##(x1)" x2="\##(x2)" y1="\##(f(y(limit)))" y2="\##(f(y(limit)))" stroke="#768692" stroke-width="1.5" stroke-dasharray="6 4"/>"##
        }
    }
    if let target = chart.target {
        svg +=
            ##"<line x1="\##(f(left))" x2="\##(f(width - right))" y1="\##(f(y(target)))" y2="\##(f(y(target)))" stroke="#da291c" stroke-width="1.5" stroke-dasharray="2 3"/>"##
    }
    // The values, joined within each phase.
    for phase in chart.phases {
        let line = (phase.firstIndex...phase.lastIndex).map { "\(f(x($0))),\(f(y(chart.points[$0].value)))" }.joined(
            separator: " ")
        svg += ##"<polyline points="\##(line)" fill="none" stroke="#aeb7bd" stroke-width="2"/>"##
    }
    for point in chart.points {
        let colour = colours[chart.assessment(of: point)]!
        svg += ##"<circle cx="\##(f(x(point.index)))" cy="\##(f(y(point.value)))" r="5" fill="\##(colour)"/>"##
        if !data.notes[point.index].isEmpty {
            svg +=
                ##"<text x="\##(f(x(point.index)))" y="\##(f(top + 2))" text-anchor="middle" font-size="13" fill="#212b32">▼</text>"##
        }
    }
    // First, middle and last periods along the bottom.
    for index in Set([0, count / 2, count - 1]).sorted() {
        svg +=
            ##"<text x="\##(f(x(index)))" y="\##(f(height - bottom + 22))" text-anchor="middle" font-size="13" fill="#212b32">\##(CalendarDate.long(data.periods[index]))</text>"##
    }
    svg += "</svg>"
    return .group(.raw(svg), Blocks.details("Show as a table", spcTable(data)))
}

/// A chart value as people write it: whole numbers without decimals, others to two places.
func number(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.2f", value)
}

func chartSummary(_ data: SPCChartData) -> String {
    let chart = data.chart
    guard let last = chart.points.last else { return data.title + ": no values yet" }
    var parts = [
        "\(data.title): \(chart.points.count) values, the latest \(number(last.value)) \(data.unit)",
        chart.variation.label,
    ]
    if let assurance = chart.assurance { parts.append(assurance.label) }
    return parts.joined(separator: ". ")
}

extension SPCChartData {
    /// Every value of the measure with its phase's mean and limits: the table beside the
    /// chart and in the Word report, the same rows in both.
    static let tableHeaders = ["Period", "Value", "Mean", "Lower limit", "Upper limit", "Special cause", "Note"]

    var tableRows: [[String]] {
        chart.points.map { point in
            let phase = chart.phases[point.phase]
            return [
                CalendarDate.long(periods[point.index]), number(point.value), number(phase.mean), number(phase.lowerLimit),
                number(phase.upperLimit), point.rules.sorted().map(\.explanation).joined(separator: "; "), notes[point.index],
            ]
        }
    }
}

private func spcTable(_ data: SPCChartData) -> Markup {
    dataTable(
        caption: "\(data.title) (\(data.unit))", captionSize: "s",
        columns: SPCChartData.tableHeaders.enumerated().map { .init(heading: $1, numeric: (1...4).contains($0)) },
        textRows: data.tableRows)
}
