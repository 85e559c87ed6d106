import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Activities, checklists and community reporting stories")
struct ActivityAndStoryTests {
    @Test func aMysteryShopperVisitIsScoredAgainstAChecklistAndItsNotesBecomeEvidence() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let id = project.id!
            try await partner.get(SiteURL.project(.value(id), .checklists).path)
            let empty = try await partner.post(
                SiteURL.project(.value(id), .checklists).path, [("name", "Reception"), ("items", "  \n ")])
            #expect(empty.status == .badRequest && empty.body.string.contains("Enter at least one thing to look for"))
            let checklist = try await partner.post(
                SiteURL.project(.value(id), .checklists).path,
                [("name", "Reception"), ("items", "Staff said their name\nSigns were clear")])
            #expect(checklist.status == .seeOther)
            let checklistID = try #require(try await Checklist.query(on: app.db).first()?.id)

            let visit = try await partner.post(
                SiteURL.project(.value(id), .activities).path,
                [
                    ("kind", "mystery_shopper"), ("title", "Saturday visit"), ("held-day", "3"), ("held-month", "11"),
                    ("held-year", "2026"),
                    ("participants", "2"), ("checklist", checklistID.uuidString), ("facilitators[]", maggie.id!.uuidString),
                ])
            #expect(visit.status == .seeOther)
            let activity = try #require(try await Activity.query(on: app.db).with(\.$facilitators).first())
            #expect(activity.kind == .mysteryShopper && activity.facilitators.map(\.id) == [maggie.id])
            let items = try await ChecklistItem.query(on: app.db).sort(\.$position).all()
            try await partner.get(visit.location!)
            let scored = try await partner.post(
                "\(visit.location!)/scores",
                [
                    ("score-\(items[0].id!.uuidString.lowercased())", "met"),
                    ("score-\(items[1].id!.uuidString.lowercased())", "not_met"),
                    ("comment-\(items[1].id!.uuidString.lowercased())", "No sign to the pharmacy"),
                ])
            #expect(scored.status == .seeOther)
            let kept = try await partner.post(
                "\(visit.location!)/evidence", [("text", "The receptionist, Mary Jones, was lovely"), ("scope", "team")])
            #expect(kept.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.method == .mysteryShopper && item.sourceID == activity.id && item.redactedText.contains("[name]"))

            let summary = try await partner.get(SiteURL.checklist(.value(checklistID)).path).body.string
            #expect(summary.contains("Used on 1 visit"))
            #expect(summary.contains("100%") && summary.contains("0%"))
        }
    }

    @Test func aStoryTakesAnUploadedRecordingThatStreamsBackInRanges() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let id = project.id!
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.project(.value(id), .stories).path)
            let made = try await browser.post(
                SiteURL.project(.value(id), .stories).path,
                [
                    ("title", "The longest day"), ("scope", "team"),
                    ("transcript", "We waited from ten until eight.\nJust tell us the truth about how long it will be."),
                ])
            #expect(made.status == .seeOther)
            let storyPath = made.location!
            try await browser.get(storyPath)
            let recording = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            let wrongType = try await browser.upload(
                "\(storyPath)/recording", field: "recording", fileName: "notes.pdf",
                contentType: "application/pdf", data: [1, 2, 3])
            #expect(wrongType.status == .badRequest && wrongType.body.string.contains("must be an audio or video file"))
            let uploaded = try await browser.upload(
                "\(storyPath)/recording", field: "recording", fileName: "longest-day.mp3",
                contentType: "audio/mpeg", data: recording)
            #expect(uploaded.status == .seeOther)
            let story = try #require(try await Story.query(on: app.db).first())
            #expect(story.recordingBytes == 300_000 && story.recordingType == "audio/mpeg")
            #expect(FileManager.default.fileExists(atPath: "\(app.config.dataDirectory)/recordings/\(story.recordingFile!)"))

            let page = try await browser.get(storyPath).body.string
            #expect(page.contains("<audio") && page.contains("\(storyPath)/recording"))
            let part = try await app.testing().sendRequest(
                .GET, "\(storyPath)/recording",
                headers: [
                    "Cookie": "\(SessionMiddleware.cookieName)=\(browser.cookie!)", "Range": "bytes=1000-1999",
                ])
            #expect(part.status == .partialContent)
            #expect(part.headers.first(name: .contentRange) == "bytes 1000-1999/300000")
            #expect(Array(part.body.readableBytesView) == Array(recording[1000...1999]))
        }
    }

    @Test func uploadsOverTheLimitAreRefusedAndLeaveNothingBehind() async throws {
        try await withTandem { app in
            app.storage[AppConfigKey.self]?.maxUploadBytes = 100_000
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let story = Story(
                projectID: try project.requireID(), title: "Too long", storytellerID: nil, consentScope: .team, transcript: "",
                recordingLink: nil)
            try await story.create(on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let path = SiteURL.story(.value(story.id!)).path
            try await browser.get(path)
            let big = try await browser.upload(
                "\(path)/recording", field: "recording", fileName: "big.mp3", contentType: "audio/mpeg",
                data: [UInt8](repeating: 7, count: 150_000))
            #expect(big.status == .payloadTooLarge)
            #expect(try await Story.find(story.id, on: app.db)?.recordingFile == nil)
            let left = (try? FileManager.default.contentsOfDirectory(atPath: "\(app.config.dataDirectory)/recordings")) ?? []
            #expect(left.isEmpty)
            let noToken = try await browser.upload(
                "\(path)/recording", field: "recording", fileName: "a.mp3", contentType: "audio/mpeg",
                data: [1, 2, 3], csrf: false)
            #expect(noToken.status == .forbidden)
        }
    }

    @Test func theStorytellersConsentDecidesWhoHearsTheRecordingAndClipsMustBeTheirWords() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let story = Story(
                projectID: try project.requireID(), title: "The longest day", storytellerID: nil, consentScope: .team,
                transcript: "We waited from ten until eight.\nNurse Kelly said call 07700 900123.", recordingLink: nil)
            try await story.create(on: app.db)
            let path = SiteURL.story(.value(story.id!)).path
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await coordinator.get(path)
            let notTheirWords = try await coordinator.post("\(path)/clips", [("clip", "We waited all week")])
            #expect(notTheirWords.status == .badRequest && notTheirWords.body.string.contains("word for word"))
            let clip = try await coordinator.post(
                "\(path)/clips", [("clip", "waited from ten until eight. Nurse Kelly said call 07700 900123.")])
            #expect(clip.status == .seeOther)
            let item = try #require(try await FeedbackItem.query(on: app.db).first())
            #expect(item.method == .communityReporting && item.consentScope == .team)

            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let staffPage = try await staff.get(path).body.string
            #expect(!staffPage.contains("We waited from ten until eight"))
            #expect(staffPage.contains("project team only"))
            #expect(!staffPage.contains("07700 900123"))
            #expect(try await staff.get("\(path)/recording").status == .forbidden)
            story.consentScope = ConsentScope.organisation
            try await story.save(on: app.db)
            #expect(try await staff.get(path).body.string.contains("We waited from ten until eight"))
        }
    }
}
