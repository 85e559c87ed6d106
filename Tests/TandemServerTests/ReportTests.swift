import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The project report, as a web page and as a Word document: the same figures in both,
/// and nobody named who has not agreed to it.
@Suite("Reports")
struct ReportTests {
    /// A project with a partner who has not agreed to be named, named in the involvement
    /// plan, and a measure of 26 weekly values (`XmRChartFixture`) with limits recalculated at the change.
    static func project(on db: any Database) async throws -> Project {
        let trust = try await Fixtures.organisation("Northvale Hospitals", on: db)
        let maggie = try await Fixtures.person("Maggie Ellison", on: db)
        let sam = try await Fixtures.person("Sam Patel", on: db)
        let project = try await Fixtures.project(
            organisation: trust, team: [(maggie, .patientPartner), (sam, .staffLead)], on: db)
        let id = try project.requireID()
        project.reportSummary = "Maggie Ellison and Sam Patel led the work. Maggie chaired the review."
        try await project.save(on: db)
        try await InvolvementPlanEntry(projectID: id, step: .designing, level: .coProduce, who: "Maggie and the ward manager")
            .create(on: db)
        let measure = Measure(
            projectID: id, name: "Hours waiting for medicines", unit: "hours", direction: .lowerIsBetter, target: 3,
            details: "")
        try await measure.create(on: db)
        // About 4.3 hours, then 2.8 from 19 September 2025, when a pharmacist joined the ward.
        for (week, value) in XmRChartFixture.values.enumerated() {
            try await MeasurePoint(
                measureID: measure.requireID(), period: XmRChartFixture.periods[week], value: value,
                annotation: week == 12 ? "Pharmacist on the ward" : "", startsPhase: week == 12
            ).create(on: db)
        }
        return project
    }

    @Test func theWordReportHasEveryMeasureValueTheWebReportHas() async throws {
        try await withTandem { app in
            let project = try await Self.project(on: app.db)
            let report = try await ProjectReportBuilder.build(project, on: app.db)
            let data = try #require(
                report.blocks.compactMap { block -> SPCChartData? in if case .spcChart(let d) = block { d } else { nil } }.first)
            #expect(data.tableRows.count == 26)
            let document = DocxWriter.document(report)
            // Every row of the web page's table is a row of the Word table, the first two included.
            for row in data.tableRows {
                let cells = row.map { "<w:t xml:space=\"preserve\">\(DocxWriter.escape($0))</w:t>" }
                #expect(cells.allSatisfy { document.contains($0) }, "\(row[0]) is missing from the Word report")
            }
            let first = try #require(data.tableRows.first)
            #expect(
                document.contains(
                    DocxWriter.table(
                        caption: "\(data.title) (\(data.unit))", headers: SPCChartData.tableHeaders, rows: data.tableRows)))
            #expect(first[0] == CalendarDate.long(data.periods[0]))
        }
    }

    @Test func theReportNamesNoPartnerWithoutTheirConsent() async throws {
        try await withTandem { app in
            let project = try await Self.project(on: app.db)
            let report = try await ProjectReportBuilder.build(project, on: app.db)
            let document = DocxWriter.document(report)
            let web = report.blocks.enumerated().map { ReportPage.html($1, index: $0).render() }.joined()
            for text in [document, web] {
                #expect(!text.contains("Maggie") && !text.contains("Ellison"))
                #expect(text.contains("A patient partner and the ward manager"))
                #expect(text.contains("Sam Patel"))
            }
            // With her consent to be named, she is named in the team list and in the text.
            let maggie = try #require(try await Person.query(on: app.db).filter(\.$name == "Maggie Ellison").first())
            try await ConsentRecord(
                personID: maggie.requireID(), purpose: .quotesNamed, howGiven: "In person", givenAt: Date(), recordedByID: nil
            ).save(.fixture, on: app.db)
            let named = DocxWriter.document(try await ProjectReportBuilder.build(project, on: app.db))
            #expect(named.contains("Maggie and the ward manager") && named.contains("Maggie Ellison, patient partner"))
        }
    }

    @Test func theWordReportDrawsEachChartAsANativeChartWithATextAlternative() async throws {
        try await withTandem { app in
            let project = try await Self.project(on: app.db)
            let report = try await ProjectReportBuilder.build(project, on: app.db)
            let archive = try Archive(data: try DocxWriter.data(for: report), accessMode: .read)
            func part(_ path: String) throws -> String {
                let entry = try #require(archive[path], "\(path) is missing")
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                return String(decoding: data, as: UTF8.self)
            }
            // One measure, no coded themes: one chart, the SPC chart, with its part, relationship and type.
            let chart = try part("word/charts/chart1.xml")
            #expect(archive["word/charts/chart2.xml"] == nil)
            #expect(try part("word/_rels/document.xml.rels").contains("Target=\"charts/chart1.xml\""))
            #expect(try part("[Content_Types].xml").contains("/word/charts/chart1.xml"))
            let document = try part("word/document.xml")
            #expect(document.contains("r:id=\"rIdChart1\""))
            // The drawing's description is the chart in words, headline included.
            #expect(document.contains("descr=\"Hours waiting for medicines: 26 values"))
            #expect(document.contains("A shift down from 4.3 to 2.8 hours after the change on 19 September 2025"))
            // Each phase draws its own mean; points of each kind are their own series, named for the legend.
            #expect(chart.components(separatedBy: "<c:v>Mean</c:v>").count == 3)
            #expect(chart.contains("<c:v>Common cause variation</c:v>") && chart.contains("Target: 3 hours"))
            for xml in [chart, document] { #expect(XMLParser(data: Data(xml.utf8)).parse(), "not well-formed XML") }
        }
    }

    @Test func thePlainEnglishCheckReadsOnlyWhatTheTeamWrote() async throws {
        try await withTandem { app in
            let project = try await Self.project(on: app.db)
            let report = try await ProjectReportBuilder.build(project, on: app.db)
            // The team's summary is checked; Tandem's own sentences about its charts are not.
            #expect(report.prose.contains("led the work"))
            #expect(!report.prose.contains("statistical process control"))
            #expect(!report.prose.contains("Partners are named only"))
        }
    }
}
