import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("The resource library: keeping it, searching it, downloading from it")
struct ResourceLibraryTests {
    static let pdf = Array("%PDF-1.4\nA guide to running a PPG meeting\n%%EOF\n".utf8)

    /// A coordinator adds a resource with its details and publishes it once its file is in.
    static func publishedGuide(
        _ coordinator: TestBrowser, title: String = "Running a PPG meeting", summary: String = "Agendas, minutes and chairing.",
        topics: String = "PPG support, Meetings"
    ) async throws -> Resource {
        _ = try await coordinator.get(SiteURL.newResource.path)
        let made = try await coordinator.post(
            SiteURL.manageResources.path,
            [
                ("title", title), ("summary", summary), ("kind", "guide"), ("topics", topics), ("audiences[]", "ppgs"),
                ("made-by", "Patients Together"), ("permission", "Made by us"), ("licence", "ogl_3"),
            ])
        #expect(made.status == .seeOther)
        let resource = try #require(try await Resource.query(on: coordinator.app.db).filter(\.$title == title).first())
        let page = SiteURL.resource(.value(resource.id!))
        _ = try await coordinator.get(page.path)
        let uploaded = try await coordinator.upload(
            SiteURL.resource(.value(resource.id!), .files).path, field: "file", fileName: "ppg-meeting.pdf",
            contentType: "application/pdf", data: pdf, fields: [("format", "standard")])
        #expect(uploaded.status == .seeOther)
        #expect(
            try await coordinator.post(SiteURL.resource(.value(resource.id!), .status).path, [("status", "published")]).status
                == .seeOther)
        return try #require(try await Resource.find(resource.id, on: coordinator.app.db))
    }

    @Test func aPublishedResourceIsFoundByItsWordsAndFiltersAndADraftIsNot() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            // A draft is refused publishing until it has a file and permission, in words.
            _ = try await coordinator.get(SiteURL.newResource.path)
            let missing = try await coordinator.post(SiteURL.manageResources.path, [("title", "Half done"), ("kind", "guide")])
            #expect(missing.status == .badRequest && missing.body.string.contains("Say in a sentence or two what it is"))
            #expect(missing.body.string.contains("value=\"Half done\""), "what was typed comes back")
            _ = try await coordinator.post(
                SiteURL.manageResources.path,
                [
                    ("title", "Half done"), ("summary", "Not finished"), ("kind", "guide"), ("audiences[]", "anyone"),
                    ("made-by", "Us"), ("licence", "ogl_3"),
                ])
            let draft = try #require(try await Resource.query(on: app.db).filter(\.$title == "Half done").first())
            let refused = try await coordinator.post(SiteURL.resource(.value(draft.id!), .status).path, [("status", "published")])
            #expect(refused.status == .badRequest && refused.body.string.contains("Upload its file or give its web address"))

            let guide = try await Self.publishedGuide(coordinator)
            #expect(guide.status == .published && guide.slug == "running-a-ppg-meeting" && guide.reviewOn != nil)

            let visitor = TestBrowser(app)
            for query in ["q=chairing", "q=meetings", "q=PPG+minutes", "topic=Meetings", "kind=guide", "audience=ppgs"] {
                let found = try await visitor.get(SiteURL.resources.path + "?" + query).body.string
                #expect(found.contains("Running a PPG meeting"), "\(query) finds it")
                #expect(!found.contains("Half done"), "\(query) never shows a draft")
            }
            for query in ["q=wheelchair", "kind=template", "audience=staff", "topic=Governance"] {
                let none = try await visitor.get(SiteURL.resources.path + "?" + query).body.string
                #expect(none.contains("No resources match"), "\(query) finds nothing")
            }
            #expect(try await visitor.get(SiteURL.publicResource(.value("half-done")).path).status == .notFound)
            let page = try await visitor.get(SiteURL.publicResource(.value(guide.slug)).path).body.string
            #expect(page.contains("Standard: PDF, \(Self.pdf.count) bytes") && page.contains("Open Government Licence v3.0"))
            #expect(try await visitor.get(SiteURL.home.path).body.string.contains("Running a PPG meeting"))

            // Withdrawn, it is gone from the public library.
            _ = try await coordinator.post(SiteURL.resource(.value(guide.id!), .status).path, [("status", "withdrawn")])
            #expect(try await visitor.get(SiteURL.publicResource(.value(guide.slug)).path).status == .notFound)
            #expect(try await visitor.get(SiteURL.resources.path + "?q=chairing").body.string.contains("No resources match"))
        }
    }

    @Test func pagesABrowserWouldRunAreRefusedAndNothingIsKept() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let guide = try await Self.publishedGuide(coordinator)
            let path = SiteURL.resource(.value(guide.id!), .files).path
            for (name, type, body) in [
                ("page.html", "text/html", "<script>alert(1)</script>"), ("logo.svg", "image/svg+xml", "<svg onload=alert(1)/>"),
                ("page.pdf.html", "application/pdf", "<html></html>"),
            ] {
                let refused = try await coordinator.upload(
                    path, field: "file", fileName: name, contentType: type, data: Array(body.utf8),
                    fields: [("format", "easy_read")])
                #expect(refused.status == .badRequest, "\(name) is refused")
                #expect(
                    refused.body.string.contains("nhsuk-error-summary")
                        && refused.body.string.contains("cannot go in the library"))
                #expect(refused.body.string.contains("<option value=\"easy_read\" selected"), "the chosen format is kept")
            }
            let kept = try FileManager.default.contentsOfDirectory(atPath: ResourceLibrary.directory(app))
            #expect(kept.count == 1 && kept[0].hasSuffix(".pdf"), "only the guide's PDF is on disk: \(kept)")
            #expect(try await ResourceFile.query(on: app.db).count() == 1)
        }
    }

    @Test func aFileOverTheSizeLimitIsRefusedWhileStreamingWithNothingLeft() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let guide = try await Self.publishedGuide(coordinator)
            app.storage[AppConfigKey.self]?.maxUploadBytes = 100_000
            let big = try await coordinator.upload(
                SiteURL.resource(.value(guide.id!), .files).path, field: "file", fileName: "recording.mp4",
                contentType: "video/mp4",
                data: [UInt8](repeating: 7, count: 150_000), fields: [("format", "standard")])
            #expect(big.status == .payloadTooLarge)
            #expect(big.body.string.contains("nhsuk-error-summary") && big.body.string.contains("larger than Tandem accepts"))
            let kept = try FileManager.default.contentsOfDirectory(atPath: ResourceLibrary.directory(app))
            #expect(kept.count == 1 && !kept.contains { $0.hasPrefix("incoming-") })
        }
    }

    @Test func filesAreDownloadsWithTheirOwnTypeCountedOncePerDownload() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let guide = try await Self.publishedGuide(coordinator)
            let file = try #require(try await ResourceFile.query(on: app.db).first())
            let visitor = TestBrowser(app)
            let path = SiteURL.resourceDownload(.value(guide.slug), .value(file.id!)).path
            let whole = try await visitor.get(path)
            #expect(whole.status == .ok && Array(whole.body.readableBytesView) == Self.pdf)
            #expect(whole.headers.first(name: .contentType) == "application/pdf")
            #expect(whole.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(whole.headers.first(name: "X-Content-Type-Options") == "nosniff")
            let part = try await app.testing().sendRequest(.GET, path, headers: ["Range": "bytes=5-9"])
            #expect(part.status == .partialContent && Array(part.body.readableBytesView) == Array(Self.pdf[5...9]))
            _ = try await visitor.get(path)
            _ = try await app.testing().sendRequest(.HEAD, path)
            let counted = try await ResourceDownloads.query(on: app.db).all()
            #expect(
                counted.count == 1 && counted[0].downloads == 2,
                "two downloads; the later part of one, or asking about the file, is not another")
            #expect(counted[0].month == ResourceRules.month(of: Date()))
            // Another resource's file is not found under this one's address.
            #expect(try await visitor.get(SiteURL.resourceDownload(.value("other"), .value(file.id!)).path).status == .notFound)

            let usage = try await coordinator.get(SiteURL.resourceUsage.path).body.string
            #expect(usage.contains("Running a PPG meeting"))
        }
    }

    @Test func wasThisUsefulIsCountedWithoutAnythingAboutWhoAnswered() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let guide = try await Self.publishedGuide(coordinator)
            let visitor = TestBrowser(app)
            let page = SiteURL.publicResource(.value(guide.slug)).path
            _ = try await visitor.get(page)
            let unanswered = try await visitor.post(
                SiteURL.resourceUseful(.value(guide.slug)).path, [("comment", "The agenda helped")])
            #expect(unanswered.status == .badRequest && unanswered.body.string.contains("Choose yes or no"))
            #expect(unanswered.body.string.contains("The agenda helped"), "the comment typed comes back")
            for answer in ["yes", "yes", "no"] {
                _ = try await visitor.get(page)
                #expect(
                    try await visitor.post(SiteURL.resourceUseful(.value(guide.slug)).path, [("useful", answer)]).status
                        == .seeOther)
            }
            _ = try await visitor.get(page)
            _ = try await visitor.post(
                SiteURL.resourceUseful(.value(guide.slug)).path,
                [("useful", "yes"), ("comment", "Great for our PPG. Email me on jo.bloggs@example.org or call 07700 900123")])
            let answers = try await ResourceFeedback.query(on: app.db).all()
            #expect(answers.filter(\.useful).count == 3 && answers.count == 4)
            let kept = try #require(answers.compactMap(\.comment).first)
            #expect(kept.hasPrefix("Great for our PPG") && !kept.contains("jo.bloggs") && !kept.contains("07700"))
            let admin = try await coordinator.get(SiteURL.resource(.value(guide.id!)).path).body.string
            #expect(admin.contains("3 yes, 1 no"))
        }
    }

    @Test func anOverdueReviewIsFlaggedToCoordinators() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let guide = try await Self.publishedGuide(coordinator)
            guide.reviewOn = Date().addingTimeInterval(-86_400 * 3)
            try await guide.save(on: app.db)
            let list = try await coordinator.get(SiteURL.manageResources.path).body.string
            #expect(list.contains("1 resource is due for review") && list.contains("Overdue"))
            let overdue = try await coordinator.get(SiteURL.manageResources.path + "?review=overdue").body.string
            #expect(overdue.contains("Resources due for review") && overdue.contains("Running a PPG meeting"))
            let home = try await coordinator.get(SiteURL.home.path).body.string
            #expect(home.contains("Library resources due for review") && home.contains("Running a PPG meeting"))
        }
    }

    @Test func anEventsSlidesArePublishedToTheLibraryInOneStep() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let start = Date().addingTimeInterval(-86_400)
            let event = Event(
                title: "Getting your PPG going", summary: "A workshop", kind: .workshop, startsAt: start,
                endsAt: start.addingTimeInterval(7_200), capacity: 3, audience: .public, createdByID: nil)
            event.topics = ["PPG support"]
            event.status = .held
            try await event.create(on: app.db)
            let page = SiteURL.event(.value(event.id!)).path
            #expect(try await coordinator.get(page).body.string.contains("Slides: Getting your PPG going"))
            let refused = try await coordinator.upload(
                SiteURL.event(.value(event.id!), .materials).path, field: "materials-file", fileName: "slides.svg",
                contentType: "image/svg+xml", data: Array("<svg/>".utf8),
                fields: [("title", "Workshop slides"), ("kind", "slides")])
            #expect(refused.status == .badRequest && refused.body.string.contains("value=\"Workshop slides\""))
            let published = try await coordinator.upload(
                SiteURL.event(.value(event.id!), .materials).path, field: "materials-file", fileName: "slides.pdf",
                contentType: "application/pdf", data: Self.pdf, fields: [("title", "Workshop slides"), ("kind", "slides")])
            #expect(published.status == .seeOther)
            let resource = try #require(try await Resource.query(on: app.db).first())
            #expect(resource.status == .published && resource.$event.id == event.id && resource.topics == ["PPG support"])
            let found = try await TestBrowser(app).get(SiteURL.resources.path + "?q=workshop+slides").body.string
            #expect(found.contains("Workshop slides"))
            let publicPage = try await TestBrowser(app).get(SiteURL.publicResource(.value(resource.slug)).path).body.string
            #expect(publicPage.contains("Getting your PPG going"), "the resource links back to its event")
            #expect(try await coordinator.get(page).body.string.contains("Workshop slides"))
        }
    }
}
