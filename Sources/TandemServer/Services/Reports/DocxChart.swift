import Foundation
import TandemCore

/// A chart in the Word report as a native Word chart (DrawingML), so that Word and
/// LibreOffice draw it themselves, sharp at any size, with its figures in the table
/// beside it and a text alternative on the drawing. The data is written as the chart's
/// own cached values: there is no spreadsheet behind it to go missing.
struct DocxChart: Sendable {
    /// The chart part, `word/charts/chartN.xml`.
    let xml: String
    /// The drawing's description, read by screen readers.
    let altText: String
    /// Height on the page in EMUs (the width is the text column's).
    let height: Int

    static let width = 5_760_000  // 16 cm: the text column of an A4 page with 2.54 cm margins.

    // MARK: the theme chart

    /// Horizontal bars, largest first, each labelled with its count.
    static func bar(_ figures: BarChartFigures) -> DocxChart {
        let labels = figures.bars.map(\.label)
        let series = """
            <c:ser><c:idx val="0"/><c:order val="0"/>\(seriesName(figures.tableHeaders[1]))\
            <c:spPr><a:solidFill><a:srgbClr val="005EB8"/></a:solidFill></c:spPr>\
            <c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>\
            \(categories(labels))\(values(figures.bars.map { Double($0.count) }, column: "B"))</c:ser>
            """
        let plot = """
            <c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>\(series)<c:gapWidth val="50"/><c:axId val="10"/><c:axId val="20"/></c:barChart>\
            <c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>\(axisTitle(figures.heading))<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
            <c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val="E8EDEE"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\(axisTitle("Number of \(figures.wholeLabel)"))<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>
            """
        let alt =
            "\(figures.title): "
            + figures.bars.map { "\($0.label) \($0.count.commaGrouped) (\(figures.share($0)))" }.joined(separator: ", ")
        return DocxChart(
            xml: chartSpace(title: figures.title, plot: plot, legend: false), altText: alt,
            height: min(7_200_000, 900_000 + 380_000 * max(1, figures.bars.count)))
    }

    // MARK: the SPC chart

    /// The values with each point coloured as on the web chart, and each phase's mean and
    /// limits as their own lines (so they break at a recalculation), with the target.
    static func spc(_ data: SPCChartData) -> DocxChart {
        let chart = data.chart
        let labels = data.periods.map(CalendarDate.short)
        let count = chart.points.count
        var series: [String] = []
        var hiddenFromLegend: [Int] = []
        func add(
            _ name: String, _ data: [Double?], colour: String, dash: String?, width: Int, markers: String, line drawn: Bool = true
        ) {
            let index = series.count
            let line =
                drawn
                ? "<c:spPr><a:ln w=\"\(width)\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
                    + (dash.map { "<a:prstDash val=\"\($0)\"/>" } ?? "") + "</a:ln></c:spPr>"
                : "<c:spPr><a:ln><a:noFill/></a:ln></c:spPr>"
            series.append(
                "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>\(seriesName(name))\(line)\(markers)"
                    + categories(labels) + values(data, column: columnName(index + 1))
                    + "<c:smooth val=\"0\"/></c:ser>")
        }
        let noMarker = "<c:marker><c:symbol val=\"none\"/></c:marker>"
        // The values as a grey line, then each kind of point as markers of its colour: a
        // series per kind (rather than per-point colours, which LibreOffice does not draw),
        // which also puts each colour's meaning in the legend.
        add(data.title, chart.points.map(\.value), colour: "AEB7BD", dash: nil, width: 19_050, markers: noMarker)
        let kinds = chart.assessments
        for kind in PointAssessment.allCases where kinds.contains(kind) {
            let marker =
                "<c:marker><c:symbol val=\"circle\"/><c:size val=\"6\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(colours[kind]!)\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"768692\"/></a:solidFill></a:ln></c:spPr></c:marker>"
            add(
                kind.legend, chart.points.map { kinds[$0.index] == kind ? $0.value : nil }, colour: "AEB7BD", dash: nil,
                width: 0, markers: marker, line: false)
        }
        for (number, phase) in chart.phases.enumerated() {
            func only(_ value: Double) -> [Double?] {
                (0..<count).map { (phase.firstIndex...phase.lastIndex).contains($0) ? value : nil }
            }
            if number > 0 { hiddenFromLegend += [series.count, series.count + 1, series.count + 2] }
            add("Mean", only(phase.mean), colour: "425563", dash: nil, width: 25_400, markers: noMarker)
            add("Upper process limit", only(phase.upperLimit), colour: "768692", dash: "dash", width: 19_050, markers: noMarker)
            add("Lower process limit", only(phase.lowerLimit), colour: "768692", dash: "dash", width: 19_050, markers: noMarker)
        }
        if let target = chart.target {
            add(
                "Target: \(number(target)) \(data.unit)", Array(repeating: target, count: count), colour: "DA291C",
                dash: "sysDot", width: 19_050, markers: noMarker)
        }
        let axis = AxisScale(
            covering: min(chart.points.map(\.value).min()!, chart.phases.map(\.lowerLimit).min()!, chart.target ?? .infinity),
            max(chart.points.map(\.value).max()!, chart.phases.map(\.upperLimit).max()!, chart.target ?? -.infinity))
        let unit = data.unit.isEmpty ? "Value" : data.unit.prefix(1).uppercased() + data.unit.dropFirst()
        let plot = """
            <c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>\(series.joined())<c:marker val="1"/><c:axId val="10"/><c:axId val="20"/></c:lineChart>\
            <c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>\(axisTitle("Date"))<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="\(max(1, count / 4))"/><c:noMultiLvlLbl val="0"/></c:catAx>\
            <c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/><c:max val="\(axis.high)"/><c:min val="\(axis.low)"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln><a:solidFill><a:srgbClr val="E8EDEE"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\(axisTitle(String(unit)))<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/><c:majorUnit val="\(axis.step)"/></c:valAx>
            """
        return DocxChart(
            xml: chartSpace(title: data.title, plot: plot, legend: true, hiddenFromLegend: hiddenFromLegend),
            altText: chartSummary(data), height: 3_600_000)
    }

    private static let colours: [PointAssessment: String] = [
        .commonCause: "768692", .improving: "005EB8", .concerning: "ED8B00", .neither: "7C2855", .beforeChange: "D8DDE0",
    ]

    // MARK: parts

    private static func chartSpace(title: String, plot: String, legend: Bool, hiddenFromLegend: [Int] = []) -> String {
        let legendXML =
            legend
            ? "<c:legend><c:legendPos val=\"b\"/>"
                + hiddenFromLegend.map { "<c:legendEntry><c:idx val=\"\($0)\"/><c:delete val=\"1\"/></c:legendEntry>" }.joined()
                + "<c:overlay val=\"0\"/></c:legend>" : ""
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart>\(text("c:title", title, size: 1_200, bold: true))<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>\(plot)</c:plotArea>\(legendXML)<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr></c:chartSpace>
            """
    }

    private static func axisTitle(_ title: String) -> String { text("c:title", title, size: 900, bold: false) }

    private static func text(_ element: String, _ content: String, size: Int, bold: Bool) -> String {
        "<\(element)><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/><a:t>\(DocxWriter.escape(content))</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></\(element)>"
    }

    private static func seriesName(_ name: String) -> String {
        "<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(DocxWriter.escape(name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
    }

    private static func categories(_ labels: [String]) -> String {
        let points = labels.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(DocxWriter.escape($1))</c:v></c:pt>" }.joined()
        return
            "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(labels.count + 1)</c:f><c:strCache><c:ptCount val=\"\(labels.count)\"/>\(points)</c:strCache></c:strRef></c:cat>"
    }

    /// A series' values; a nil is left out, which the chart draws as a gap.
    private static func values(_ values: [Double?], column: String) -> String {
        let points = values.enumerated().compactMap { index, value in
            value.map { "<c:pt idx=\"\(index)\"><c:v>\($0)</c:v></c:pt>" }
        }.joined()
        return
            "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(values.count + 1)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(values.count)\"/>\(points)</c:numCache></c:numRef></c:val>"
    }

    private static func columnName(_ index: Int) -> String {
        // B, C, ... Z, AA, AB: a series per column, as a spreadsheet behind the chart would have them.
        var n = index + 1, name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(65 + remainder)!) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// The chart in the document: an inline drawing pointing at the chart part.
    func drawing(relationship: String, number: Int) -> String {
        """
        <w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(Self.width)" cy="\(height)"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(number)" name="Chart \(number)" descr="\(DocxWriter.escape(altText))"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="\(relationship)"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
        """
    }
}
