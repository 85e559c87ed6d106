import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Feedback imports: preview, check, all or nothing, no duplicates")
struct ImportTests {
    static let header = "Date,Ward,Overall experience,Comment\n"
    static let rows = [
        "01/10/2026,Ward 7,Very good,The nurses were kind",
        "02/10/2026,Ward 7,Poor,\"Waited four hours, nobody said why\"",
        "03/10/2026,Pharmacy,Good,Excellent service",
        "03/10/2026,Pharmacy,Good,Excellent service",
        "2026-10-04,Outpatients,2,\"Parking cost £9\nand the signs were confusing\"",
    ]

    func csv(_ rows: [String]) -> [UInt8] { Array((Self.header + rows.joined(separator: "\n") + "\n").utf8) }

    /// Uploads a file, maps its columns and waits for the check; returns the job's page path.
    func uploadAndCheck(_ browser: TestBrowser, project: Project, file: [UInt8], app: Application) async throws -> String {
        let id = project.id!
        try await browser.get(SiteURL.project(.value(id), .import).path)
        let uploaded = try await browser.upload(
            SiteURL.project(.value(id), .import).path, field: "file", fileName: "fft.csv", contentType: "text/csv", data: file)
        #expect(uploaded.status == .seeOther)
        let job = try #require(uploaded.location)
        let preview = try await browser.get(job).body.string
        #expect(preview.contains("The first rows of the file") && preview.contains("Choose what each column holds"))
        let mapped = try await browser.post(
            "\(job)/mapping", [("text", "3"), ("date", "0"), ("service", "1"), ("rating", "2"), ("scope", "organisation")])
        #expect(mapped.status == .seeOther)
        await app.services.importProgress.waitForAll()
        return job
    }

    func importAndWait(_ browser: TestBrowser, job: String, app: Application) async throws -> String {
        let confirmed = try await browser.post("\(job)/confirm")
        #expect(confirmed.status == .seeOther)
        await app.services.importProgress.waitForAll()
        return try await browser.get(job).body.string
    }

    @Test func aFileWithOneBadRowImportsNothingAndListsTheRowByLine() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            var rows = Self.rows
            rows.append("31/02/2026,Ward 12,Good,Lovely food")
            let job = try await uploadAndCheck(browser, project: project, file: csv(rows), app: app)
            let page = try await browser.get(job).body.string
            #expect(page.contains("Nothing has been imported"))
            // The quoted comment with a line break makes the bad row line 8 of the file.
            #expect(
                page.contains("Line 8: &#39;31/02/2026&#39; is not a date") || page.contains("Line 8: '31/02/2026' is not a date")
            )
            #expect(try await browser.post("\(job)/confirm").status == .conflict)
            #expect(try await FeedbackItem.query(on: app.db).count() == 0)
        }
    }

    @Test func theCorrectedFileImportedTwiceImportsItsRowsOnce() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let first = try await uploadAndCheck(browser, project: project, file: csv(Self.rows), app: app)
            #expect(try await browser.get(first).body.string.contains("All 5 rows were checked"))
            let done = try await importAndWait(browser, job: first, app: app)
            #expect(done.contains("5 comments imported"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 5)
            let parking = try #require(try await FeedbackItem.query(on: app.db).filter(\.$service == "Outpatients").first())
            #expect(
                parking.text == "Parking cost £9\nand the signs were confusing" && parking.rating == 2
                    && parking.occurredOn != nil)
            #expect(parking.method == .importedFeedback && parking.consentScope == .organisation)

            let second = try await uploadAndCheck(browser, project: project, file: csv(Self.rows), app: app)
            let again = try await importAndWait(browser, job: second, app: app)
            #expect(again.contains("0 comments imported"))
            #expect(again.contains("5 rows were already in Tandem"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 5)
            #expect(try await EvidenceStore.counts(for: project.requireID(), on: app.db)[.importedFeedback] == 5)
            // The uploaded copies are not kept once imported.
            let left = (try? FileManager.default.contentsOfDirectory(atPath: "\(app.config.dataDirectory)/imports")) ?? []
            #expect(left.isEmpty)
        }
    }

    /// An FFT-style export of 100 rows: every fifth a rating with no comment.
    static func fftExport() -> [String] {
        (1...100).map { n in
            n % 5 == 0
                ? "0\(n % 9 + 1)/10/2026,Ward \(n % 3),Very good,"
                : "0\(n % 9 + 1)/10/2026,Ward \(n % 3),Good,\"Comment \(n): the staff were kind\""
        }
    }

    @Test func rowsWithoutACommentAreSkippedListedAndDownloadable() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let job = try await uploadAndCheck(browser, project: project, file: csv(Self.fftExport()), app: app)
            let checked = try await browser.get(job).body.string
            #expect(checked.contains("All 100 rows were checked: 80 comments are ready to import"))
            #expect(checked.contains("20 rows have a rating but no comment, so they will be skipped (lines 6, 11, 16"))
            #expect(checked.contains("Import 80 comments"))
            // The rows that will not be imported, to download and correct.
            let path = job + "/rows-not-imported.csv"
            #expect(checked.contains(path))
            let download = try await browser.get(path)
            #expect(download.status == .ok)
            #expect(download.headers.contentType?.subType == "csv")
            let lines = download.body.string.split(separator: "\r\n")
            #expect(lines.count == 21)
            #expect(lines.first == "Line,Why it was not imported,Date,Ward,Overall experience,Comment")
            #expect(lines[1].hasPrefix("6,no comment,"))
            let done = try await importAndWait(browser, job: job, app: app)
            #expect(done.contains("80 comments imported") && done.contains("20 rows had a rating but no comment"))
            #expect(done.contains("Download the rows that were not imported (CSV)"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 80)
        }
    }

    @Test func aPersonCanImportTheRowsWithoutProblemsAndSkipTheRest() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            // Two rows already in Tandem are found at the check, before anything is imported.
            let earlier = try await uploadAndCheck(browser, project: project, file: csv(Array(Self.rows.prefix(2))), app: app)
            _ = try await importAndWait(browser, job: earlier, app: app)
            var rows = Self.rows
            rows.append("31/02/2026,Ward 12,Good,Lovely food")
            let job = try await uploadAndCheck(browser, project: project, file: csv(rows), app: app)
            let checked = try await browser.get(job).body.string
            #expect(checked.contains("Nothing has been imported") && checked.contains("1 row has a problem"))
            #expect(checked.contains("2 rows are already in Tandem from an earlier import"))
            // All or nothing stays the default: confirming without choosing to skip is refused.
            #expect(try await browser.post("\(job)/confirm").status == .conflict)
            #expect(checked.contains("Import the 3 comments without problems and skip the rest"))
            let skipped = try await browser.post("\(job)/confirm", [("skip-problems", "yes")])
            #expect(skipped.status == .seeOther)
            await app.services.importProgress.waitForAll()
            let done = try await browser.get(job).body.string
            #expect(done.contains("3 comments imported") && done.contains("1 row had a problem, as you chose"))
            #expect(try await FeedbackItem.query(on: app.db).count() == 5)
            let rejected = try await browser.get(job + "/rows-not-imported.csv").body.string
            #expect(rejected.contains("is not a date") && rejected.contains("Lovely food"))
            // The import is in the audit log, with the choice to skip rows with problems.
            let logged = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.importJob.rawValue).sort(\.$at)
                    .all().last)
            #expect(logged.recordLabel.hasSuffix(": 3 rows to import") && logged.fields == ["skipping rows with problems"])
        }
    }

    @Test func aFileThatIsNotCSVIsRefusedAtOnce() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let id = project.id!
            try await browser.get(SiteURL.project(.value(id), .import).path)
            let broken = try await browser.upload(
                SiteURL.project(.value(id), .import).path, field: "file", fileName: "x.csv", contentType: "text/csv",
                data: Array("a,\"b\n".utf8))
            #expect(broken.status == .badRequest && broken.body.string.contains("cannot be read as CSV"))
            #expect(try await ImportJob.query(on: app.db).count() == 0)
        }
    }

    @Test func onlyPeopleWhoContributeToTheProjectCanImport() async throws {
        try await withTandem { app in
            let acute = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let community = try await Fixtures.organisation("Northvale Community", on: app.db)
            let project = try await Fixtures.project(organisation: acute, on: app.db)
            let (outsider, _) = try await Fixtures.signedIn(.staff, organisation: community, app: app)
            #expect(try await outsider.get(SiteURL.project(.value(project.id!), .import).path).status == .notFound)
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await partner.get(SiteURL.project(.value(project.id!), .import).path).status == .notFound)
        }
    }
}
