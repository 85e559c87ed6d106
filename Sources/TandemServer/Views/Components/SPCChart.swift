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

/// The colour of each kind of point, as Making Data Count uses them.
private let pointColours: [PointAssessment: String] = [
    .commonCause: "#768692", .improving: "#005eb8", .concerning: "#ed8b00", .neither: "#7c2855", .beforeChange: "#ffffff",
]

/// What the chart says, above it: the headline (a phase change when there is one), the
/// variation and assurance icons with their meaning in words, and a caveat while the
/// limits rest on few values.
func spcStory(_ data: SPCChartData) -> Markup {
    let chart = data.chart
    guard !chart.points.isEmpty else { return .empty }
    let latest = chart.variation(ofPhase: chart.phases.count - 1)
    return .div(
        .class("tandem-spc-story"),
        .p(.strong(.plain(chart.headline(periods: data.periods, unit: data.unit)))),
        element(
            "ul", .class("nhsuk-list tandem-spc-icons"),
            element("li", .raw(variationIcon(latest)), .plain(" " + latest.label)),
            chart.assurance.map { element("li", .raw(assuranceIcon($0)), .plain(" " + $0.label)) } ?? .empty),
        chart.hasStableLimits
            ? .empty
            : Blocks.paragraph(
                "There are fewer than \(XmRChart.pointsForStableLimits) values since the limits were last worked out, so treat them as a first guess.",
                classes: "nhsuk-body-s"))
}

/// The NHS variation icon: a circle in the colour of the latest point's meaning, "H" or
/// "L" for special cause with higher or lower values, a level line for common cause.
func variationIcon(_ icon: VariationIcon) -> String {
    let (colour, mark): (String, String) =
        switch icon {
        case .commonCause: ("#768692", "")
        case .improvingHigh: ("#005eb8", "H")
        case .improvingLow: ("#005eb8", "L")
        case .concerningHigh: ("#ed8b00", "H")
        case .concerningLow: ("#ed8b00", "L")
        case .neitherHigh: ("#7c2855", "H")
        case .neitherLow: ("#7c2855", "L")
        }
    let inside =
        mark.isEmpty
        ? ##"<polyline points="9,22 14,17 19,23 24,16 29,22 32,19" fill="none" stroke="\##(colour)" stroke-width="2.5"/>"##
        : ##"<text x="20" y="26" text-anchor="middle" font-size="17" font-weight="bold" fill="\##(colour)">\##(mark)</text>"##
    return iconSVG(label: icon.label, colour: colour, inside: inside)
}

/// The NHS assurance icon: "P" (will consistently pass the target), "F" (will
/// consistently fail it) or "?" (hit and miss).
func assuranceIcon(_ icon: AssuranceIcon) -> String {
    let (colour, mark): (String, String) =
        switch icon {
        case .consistentlyPasses: ("#005eb8", "P")
        case .consistentlyFails: ("#ed8b00", "F")
        case .hitAndMiss: ("#768692", "?")
        }
    return iconSVG(
        label: icon.label, colour: colour,
        inside:
            ##"<text x="20" y="26" text-anchor="middle" font-size="17" font-weight="bold" fill="\##(colour)">\##(mark)</text>"##)
}

private func iconSVG(label: String, colour: String, inside: String) -> String {
    let text = HTMLEscaping.attribute(label)
    return
        ##"<svg class="tandem-spc-icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40" role="img" aria-label="\##(text)"><circle cx="20" cy="20" r="17" fill="#ffffff" stroke="\##(colour)" stroke-width="3"/>\##(inside)</svg>"##
}

/// An XmR chart: values joined within each phase, each phase's mean (solid) and process
/// limits (dashed), a labelled target line, round values on a titled axis, first, middle
/// and last dates along the bottom, and a legend. Readable down to a 390-pixel screen:
/// the drawing is narrow enough that its text stays about 12 pixels high there.
func spcChart(_ data: SPCChartData, id: String) -> Markup {
    let chart = data.chart
    guard !chart.points.isEmpty else { return Blocks.inset(Blocks.paragraph("No values yet. Add some below to see the chart.")) }
    let width = 440.0, height = 320.0, left = 58.0, right = 14.0, top = 30.0, bottom = 64.0
    var low = chart.points.map(\.value).min()!, high = chart.points.map(\.value).max()!
    for phase in chart.phases { low = min(low, phase.lowerLimit); high = max(high, phase.upperLimit) }
    if let target = chart.target { low = min(low, target); high = max(high, target) }
    let axis = AxisScale(covering: low, high)
    let count = chart.points.count
    func x(_ index: Int) -> Double { left + (count == 1 ? 0.5 : Double(index) / Double(count - 1)) * (width - left - right) }
    func y(_ value: Double) -> Double { top + (axis.high - value) / (axis.high - axis.low) * (height - top - bottom) }
    func f(_ value: Double) -> String { String(format: "%.1f", value) }
    let unit = data.unit.isEmpty ? "Value" : data.unit.prefix(1).uppercased() + data.unit.dropFirst()

    let summary = HTMLEscaping.attribute(chartSummary(data))
    var svg =
        ##"<svg class="tandem-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(Int(width)) \##(Int(height))" width="100%" role="img" aria-labelledby="\##(id)-title"><title id="\##(id)-title">\##(summary)</title>"##
    // The value axis: round values, and its title (the unit) turned along it.
    for value in axis.values {
        svg +=
            ##"<line x1="\##(f(left))" x2="\##(f(width - right))" y1="\##(f(y(value)))" y2="\##(f(y(value)))" stroke="#e8edee"/>"##
        svg +=
            ##"<text x="\##(f(left - 8))" y="\##(f(y(value) + 5))" text-anchor="end" font-size="15" fill="#212b32">\##(HTMLEscaping.text(axis.label(value)))</text>"##
    }
    let middle = f(top + (height - top - bottom) / 2)
    svg +=
        ##"<text x="16" y="\##(middle)" transform="rotate(-90 16 \##(middle))" text-anchor="middle" font-size="15" fill="#212b32">\##(HTMLEscaping.text(String(unit)))</text>"##
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
        svg +=
            ##"<text x="\##(f(width - right))" y="\##(f(y(target) - 6))" text-anchor="end" font-size="15" fill="#da291c" stroke="#ffffff" stroke-width="4" paint-order="stroke">Target \##(HTMLEscaping.text(number(target)))</text>"##
    }
    // The values, joined within each phase.
    for phase in chart.phases {
        let line = (phase.firstIndex...phase.lastIndex).map { "\(f(x($0))),\(f(y(chart.points[$0].value)))" }.joined(
            separator: " ")
        svg += ##"<polyline points="\##(line)" fill="none" stroke="#aeb7bd" stroke-width="2"/>"##
    }
    let assessments = chart.assessments
    for point in chart.points {
        let assessment = assessments[point.index]
        let outline = assessment == .beforeChange ? ##" stroke="#768692" stroke-width="2""## : ""
        svg +=
            ##"<circle cx="\##(f(x(point.index)))" cy="\##(f(y(point.value)))" r="5" fill="\##(pointColours[assessment]!)"\##(outline)/>"##
        if !data.notes[point.index].isEmpty {
            svg +=
                ##"<text x="\##(f(x(point.index)))" y="\##(f(top - 10))" text-anchor="middle" font-size="15" fill="#212b32">▼</text>"##
        }
    }
    // First, middle and last dates along the bottom, anchored so none is cut off at an edge.
    for index in Set([0, count / 2, count - 1]).sorted() {
        let anchor = count == 1 ? "middle" : index == 0 ? "start" : index == count - 1 ? "end" : "middle"
        svg +=
            ##"<text x="\##(f(x(index)))" y="\##(f(height - bottom + 24))" text-anchor="\##(anchor)" font-size="15" fill="#212b32">\##(CalendarDate.short(data.periods[index]))</text>"##
    }
    svg +=
        ##"<text x="\##(f(left + (width - left - right) / 2))" y="\##(f(height - 10))" text-anchor="middle" font-size="15" fill="#212b32">Date</text>"##
    svg += "</svg>"
    return .group(.raw(svg), spcLegend(data), Blocks.details("Show as a table", spcTable(data)))
}

/// The chart's key, as a list beside it: only what this chart shows.
private func spcLegend(_ data: SPCChartData) -> Markup {
    let chart = data.chart
    let shown = Set(chart.assessments)
    func swatch(_ inside: String) -> Markup {
        .raw(
            ##"<svg class="tandem-legend-swatch" viewBox="0 0 28 14" width="28" height="14" aria-hidden="true">\##(inside)</svg>"##
        )
    }
    var items: [Markup] = PointAssessment.allCases.filter(shown.contains).map { assessment in
        let outline = assessment == .beforeChange ? ##" stroke="#768692" stroke-width="2""## : ""
        return element(
            "li", swatch(##"<circle cx="14" cy="7" r="5" fill="\##(pointColours[assessment]!)"\##(outline)/>"##),
            .plain(" " + assessment.legend))
    }
    items.append(
        element("li", swatch(##"<line x1="0" x2="28" y1="7" y2="7" stroke="#425563" stroke-width="2"/>"##), .plain(" Mean")))
    items.append(
        element(
            "li", swatch(##"<line x1="0" x2="28" y1="7" y2="7" stroke="#768692" stroke-width="1.5" stroke-dasharray="6 4"/>"##),
            .plain(" Process limits")))
    if let target = chart.target {
        items.append(
            element(
                "li",
                swatch(##"<line x1="0" x2="28" y1="7" y2="7" stroke="#da291c" stroke-width="1.5" stroke-dasharray="2 3"/>"##),
                .plain(" Target: \(number(target)) \(data.unit)")))
    }
    if data.notes.contains(where: { !$0.isEmpty }) {
        items.append(element("li", .plain("▼ A value with a note, such as a change made")))
    }
    return element("ul", .class("nhsuk-list tandem-chart-legend"), .group(items))
}

/// A chart value as people write it: whole numbers without decimals, others to two places.
func number(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.2f", value)
}

/// The chart in words: its text alternative, and its summary in the Word report.
func chartSummary(_ data: SPCChartData) -> String {
    let chart = data.chart
    guard let last = chart.points.last else { return data.title + ": no values yet" }
    var parts = [
        "\(data.title): \(chart.points.count.commaGrouped) values, the latest \(number(last.value)) \(data.unit)",
        chart.headline(periods: data.periods, unit: data.unit).trimmingCharacters(in: CharacterSet(charactersIn: ".")),
    ]
    if let assurance = chart.assurance { parts.append(assurance.label) }
    return parts.joined(separator: ". ") + "."
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
