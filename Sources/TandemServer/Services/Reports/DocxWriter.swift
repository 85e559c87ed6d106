import Foundation
import TandemCore
import ZIPFoundation

/// Writes a report as a Word document: Office Open XML parts in a zip, with
/// the few styles the report uses (title, headings, quote, table grid), on A4.
enum DocxWriter {
    static func data(for report: ReportDocument) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let charts = charts(report)
        let parts: [(String, String)] =
            [
                ("[Content_Types].xml", contentTypes(charts: charts.count)),
                ("_rels/.rels", packageRelationships),
                ("docProps/core.xml", coreProperties(title: report.title)),
                ("docProps/app.xml", appProperties),
                ("word/_rels/document.xml.rels", documentRelationships(charts: charts.count)),
                ("word/styles.xml", styles),
                ("word/document.xml", document(report, charts: charts)),
            ] + charts.enumerated().map { ("word/charts/chart\($0 + 1).xml", $1.xml) }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.notWritten }
        return data
    }

    enum DocxError: Error { case notWritten }

    // MARK: the document

    /// The report's charts as native Word charts, in the order they appear.
    static func charts(_ report: ReportDocument) -> [DocxChart] {
        report.blocks.compactMap { block in
            switch block {
            case .barChart(let figures): DocxChart.bar(figures)
            case .spcChart(let data) where !data.chart.points.isEmpty: DocxChart.spc(data)
            default: nil
            }
        }
    }

    static func document(_ report: ReportDocument) -> String { document(report, charts: charts(report)) }

    /// - Parameter charts: `charts(report)`, made once for the document and its chart parts.
    static func document(_ report: ReportDocument, charts: [DocxChart]) -> String {
        var body = paragraph(report.title, style: "Title") + paragraph(report.subtitle, style: "Subtitle")
        var chartNumber = 0
        func nextChart() -> String {
            chartNumber += 1
            return charts[chartNumber - 1].drawing(relationship: "rIdChart\(chartNumber)", number: chartNumber)
        }
        for block in report.blocks {
            switch block {
            case .heading(let text, let level): body += paragraph(text, style: "Heading\(min(max(level - 1, 1), 3))")
            case .paragraph(let text): body += text.components(separatedBy: "\n\n").map { paragraph($0) }.joined()
            case .quote(let text): body += paragraph("\u{201C}\(text)\u{201D}", style: "Quote")
            case .bullets(let items): body += items.map { paragraph("\u{2022}\t\($0)", style: "ListBullet") }.joined()
            case .table(let caption, let headers, let rows): body += table(caption: caption, headers: headers, rows: rows)
            case .barChart(let figures):
                body += nextChart()
                body += table(caption: figures.title, headers: figures.tableHeaders, rows: figures.tableRows)
            case .spcChart(let data):
                body += paragraph(data.chart.headline(periods: data.periods, unit: data.unit), bold: true)
                if !data.chart.points.isEmpty { body += nextChart() }
                body += paragraph(chartSummary(data))
                // Every value, as on the web report: the same rows, never a recent slice.
                body += table(caption: "\(data.title) (\(data.unit))", headers: SPCChartData.tableHeaders, rows: data.tableRows)
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
    }

    static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let runProperties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:p>\(properties)<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
    }

    static func table(caption: String, headers: [String], rows: [[String]]) -> String {
        func cell(_ text: String, header: Bool) -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>\(paragraph(text, bold: header))</w:tc>"
        }
        let head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + headers.map { cell($0, header: true) }.joined() + "</w:tr>"
        let body = rows.map { row in "<w:tr>" + row.map { cell($0, header: false) }.joined() + "</w:tr>" }.joined()
        let grid = "<w:tblGrid>" + headers.map { _ in "<w:gridCol/>" }.joined() + "</w:tblGrid>"
        return paragraph(caption, style: "Caption")
            + "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr>\(grid)\(head)\(body)</w:tbl>"
            + "<w:p/>"
    }

    /// XML text: the five special characters, and no control characters XML forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: fixed parts

    static func contentTypes(charts: Int) -> String {
        let chartParts = (0..<charts).map {
            "<Override PartName=\"/word/charts/chart\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\(chartParts)</Types>
            """
    }

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """

    static func documentRelationships(charts: Int) -> String {
        let chartRelationships = (0..<charts).map {
            "<Relationship Id=\"rIdChart\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart\" Target=\"charts/chart\($0 + 1).xml\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\(chartRelationships)</Relationships>
            """
    }

    static let appProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Tandem</Application></Properties>
        """

    static func coreProperties(title: String) -> String {
        let now = ISO8601DateFormatter().string(from: Date())
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(escape(title))</dc:title><dc:creator>Tandem</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">\(now)</dcterms:created></cp:coreProperties>
            """
    }

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:sz w:val="48"/><w:color w:val="005EB8"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="4C6272"/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:right="720"/><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="005EB8"/></w:pBdr></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720" w:hanging="360"/><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/><w:left w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/><w:right w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
        """
}
