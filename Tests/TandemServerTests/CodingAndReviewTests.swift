import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Coding, retraining, reviews and the outbox")
struct CodingAndReviewTests {
    /// Codes `count` comments about three themes as `coder` would, straight into the database.
    static func codeComments(_ count: Int, project: Project, coder: Person, on db: any Database) async throws -> [Theme] {
        let themes = try await ProjectCodebook.themes(of: project.requireID(), on: db)
        let byKey = Dictionary(themes.compactMap { theme in theme.key.map { ($0, theme) } }, uniquingKeysWith: { a, _ in a })
        let samples: [(String, String, SentimentClass)] = [
            ("waiting", "I waited hours in the waiting room and nobody said why", .negative),
            ("staff-attitude", "The nurses were kind and caring and so friendly", .positive),
            ("parking", "Could not find a parking space, the car park was full", .negative),
        ]
        for index in 0..<count {
            let (key, text, sentiment) = samples[index % samples.count]
            let item = try await Fixtures.feedback(
                "\(text) (visit \(index))", project: project, service: index % 2 == 0 ? "Ward 1" : "Ward 2", on: db)
            item.codedAt = Date()
            item.sentiment = sentiment
            try await item.save(on: db)
            try await Coding(
                projectID: project.requireID(), itemID: item.requireID(), themeID: byKey[key]!.requireID(),
                coderID: coder.requireID(), suggestedBy: nil, confidence: nil
            ).create(on: db)
            try await ItemReview(
                projectID: project.requireID(), itemID: item.requireID(), coderID: coder.requireID(),
                sentiment: sentiment, quotable: false
            ).create(on: db)
        }
        return themes
    }

    @Test func savingACodingRetrainsTheModelInTheBackgroundAndSuggestionsComeFromIt() async throws {
        try await withTandem { app in
            // given a project with 120 coded comments, and one not yet coded
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let themes = try await Self.codeComments(120, project: project, coder: maggie, on: app.db)
            let fresh = try await Fixtures.feedback(
                "The car park was full again and I missed my slot", project: project, on: app.db)
            #expect(try await StoredThemeModel.query(on: app.db).count() == 0)

            // when one more coding is saved
            let parking = themes.first { $0.key == "parking" }!.id!.uuidString
            let saved = try await partner.post(
                SiteURL.feedbackItem(.value(fresh.id!), .code).path, [("themes[]", parking), ("sentiment", "negative")])
            #expect(saved.status == .seeOther)
            // then the answer did not wait for training, which finishes in the background
            await app.services.themeRetrainer.waitForAll()
            let stored = try #require(try await StoredThemeModel.query(on: app.db).first())
            #expect(stored.version == 1 && stored.examples == 121)

            // and the coding screen's suggestions now come from the project's model
            let another = try await Fixtures.feedback("Nowhere to park the car at all", project: project, on: app.db)
            try await Fixtures.feedback("The doctor listened and was so kind to my mother", project: project, on: app.db)
            let page = try await partner.get(SiteURL.feedbackItem(.value(another.id!), .code).path).body.string
            #expect(page.contains("Suggested by the project model version 1") && page.contains("Parking"))
            // and the queue now ranks uncoded comments with the model; once one is coded, it moves on
            let next = try #require(
                try await partner.get(SiteURL.project(.value(project.id!), .codingNext).path + "?mode=new").location)
            let firstID = try #require(next.split(separator: "/").dropFirst().first.map(String.init))
            _ = try await partner.post(
                SiteURL.feedbackItem(.value(UUID(uuidString: firstID)!), .code).path,
                [("themes[]", parking), ("sentiment", "negative")])
            let after = try #require(
                try await partner.get(SiteURL.project(.value(project.id!), .codingNext).path + "?mode=new").location)
            #expect(after.contains("/code") && !after.contains(firstID))
            await app.services.themeRetrainer.waitForAll()
            #expect(
                try await partner.get(SiteURL.project(.value(project.id!), .coding).path).body.string.contains(
                    "The project's own model, version 1"))
        }
    }

    @Test func theThemeOverviewCountsThemesAndHidesSmallGroups() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            _ = try await Self.codeComments(30, project: project, coder: maggie, on: app.db)
            // and one comment from a service with a single comment
            let lone = try await Fixtures.feedback("Waited ages", project: project, service: "Tiny clinic", on: app.db)
            lone.codedAt = Date(); lone.sentiment = .negative; try await lone.save(on: app.db)
            let waiting = try await Theme.query(on: app.db).filter(\.$key == "waiting").first()!
            try await Coding(
                projectID: project.requireID(), itemID: lone.requireID(), themeID: waiting.requireID(),
                coderID: maggie.requireID(),
                suggestedBy: nil, confidence: nil
            ).create(on: app.db)

            let page = try await partner.get(SiteURL.project(.value(project.id!), .themes).path + "?by=service").body.string
            #expect(page.contains("From 31 comments the team has coded"))
            #expect(page.contains("Waiting and delays") && page.contains("Parking"))
            // Ward 1 and Ward 2 have 15 each; Tiny clinic (1 comment) is left out.
            #expect(page.contains("Ward 1 (15)") && page.contains("Ward 2 (15)") && !page.contains("Tiny clinic"))
            #expect(page.contains("(1 here)"))
            // and a new coding shows at once: the overview is worked out again when coding changes
            let extra = try await Fixtures.feedback("More waiting", project: project, service: "Ward 1", on: app.db)
            extra.codedAt = Date(); extra.sentiment = .negative; try await extra.save(on: app.db)
            try await Coding(
                projectID: project.requireID(), itemID: extra.requireID(), themeID: waiting.requireID(),
                coderID: maggie.requireID(),
                suggestedBy: nil, confidence: nil
            ).create(on: app.db)
            #expect(
                try await partner.get(SiteURL.project(.value(project.id!), .themes).path + "?by=service").body.string.contains(
                    "From 32 comments"))
        }
    }

    @Test func aThemesShareIsOfTheCommentsCodedOnThePageAndInTheReport() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let themes = try await Self.codeComments(30, project: project, coder: maggie, on: app.db)
            // Five of the waiting comments are about parking too: 15 of 30 comments mention
            // parking (50%), though parking is 15 of the 35 bars' total (43%).
            let parking = try #require(themes.first { $0.key == "parking" })
            let waiting = try #require(themes.first { $0.key == "waiting" })
            let waitingItems = try await Coding.query(on: app.db).filter(\.$theme.$id == waiting.requireID()).limit(5).all()
            for coding in waitingItems {
                try await Coding(
                    projectID: project.requireID(), itemID: coding.$item.id, themeID: parking.requireID(),
                    coderID: maggie.requireID(), suggestedBy: nil, confidence: nil
                ).create(on: app.db)
            }
            let page = try await partner.get(SiteURL.project(.value(project.id!), .themes).path).body.string
            #expect(page.contains("From 30 comments the team has coded"))
            #expect(page.contains("15 (50%)") && page.contains("10 (33%)") && !page.contains("(43%)"))
            #expect(page.contains("can add up to more than 100%"))
            let report = try await ProjectReportBuilder.build(project, on: app.db)
            let chart = try #require(
                report.blocks.compactMap { block -> BarChartFigures? in
                    if case .barChart(let figures) = block { figures } else { nil }
                }.first)
            #expect(chart.whole == 30)
            #expect(chart.tableRows.first == ["Parking", "15", "50%"])
        }
    }

    @Test func aThemeOpensItsCommentsAndTheLibraryFiltersByWhatCodingFound() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let themes = try await Self.codeComments(30, project: project, coder: maggie, on: app.db)
            try await Fixtures.feedback("Not looked at yet", project: project, on: app.db)
            let waiting = try #require(themes.first { $0.key == "waiting" })
            let overview = try await partner.get(SiteURL.project(.value(project.id!), .themes).path).body.string
            let link = ThemeOverviewPage.comments(project.id!, theme: waiting.id!)
            #expect(overview.contains("href=\"\(link.replacingOccurrences(of: "&", with: "&amp;"))\""))
            let library = try await partner.get(link).body.string
            #expect(library.contains("10 pieces of evidence match"))
            #expect(library.contains("I waited hours") && !library.contains("car park"))
            func matches(_ query: [(String, String)]) async throws -> String {
                try await partner.get(SiteURL.project(.value(project.id!), .evidence).path(query: query)).body.string
            }
            #expect(try await matches([("sentiment", "negative")]).contains("20 pieces of evidence match"))
            #expect(try await matches([("coded", "no")]).contains("1 piece of evidence match"))
            #expect(
                try await matches([("service", "Ward 2"), ("theme", waiting.id!.uuidString)]).contains(
                    "5 pieces of evidence match"))
            let bad = try await partner.get(SiteURL.project(.value(project.id!), .evidence).path(query: [("rating", "9")]))
            #expect(bad.status == .badRequest && bad.body.string.contains("Select a rating from 1 to 5"))
        }
    }

    @Test func anOwnerIsAskedWhetherAChangeHeldAndTheAnswerMovesIt() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (staff, staffUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let sam = try await Fixtures.person(of: staffUser, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(sam, .staffLead)], on: app.db)
            let recommendation = Recommendation(
                projectID: try project.requireID(), organisationID: try trust.requireID(), ownerID: sam.id,
                text: "Print the leaflet in large type", priority: .medium, dueOn: nil)
            try await recommendation.create(on: app.db)
            _ = try await RecommendationProgressController.move(
                recommendation, project: project, to: .agreed, reason: nil, note: nil,
                by: AuditActor(personID: sam.id, label: sam.name), reviewMonths: 6, on: app.db)
            _ = try await RecommendationProgressController.move(
                recommendation, project: project, to: .implemented, reason: nil,
                note: "Large-type leaflets on every ward", by: AuditActor(personID: sam.id, label: sam.name), reviewMonths: 6,
                on: app.db)
            let due = try #require(recommendation.reviewDueOn)
            // when the day before the review nobody is asked, and on the day the owner is, once
            #expect(try await SustainabilityReview.askOwners(today: due.addingTimeInterval(-86_400), on: app.db) == 0)
            #expect(try await SustainabilityReview.askOwners(today: due, on: app.db) == 1)
            #expect(try await SustainabilityReview.askOwners(today: due, on: app.db) == 0)
            let message = try #require(try await InboxMessage.query(on: app.db).filter(\.$person.$id == sam.requireID()).first())
            #expect(message.subject.hasPrefix("Has the change held?"))
            #expect(try await staff.get(SiteURL.inbox.path).body.string.contains("Has the change held?"))
            // then an answer without saying how they know is refused; with it, the change is sustained
            let path = SiteURL.recommendation(.value(recommendation.id!)).path
            #expect(try await staff.post("\(path)/review", [("held", "yes")]).status == .badRequest)
            #expect(
                try await staff.post("\(path)/review", [("held", "yes"), ("note", "Audit in May: every ward had them")]).status
                    == .seeOther)
            #expect(try await Recommendation.find(recommendation.id, on: app.db)?.status == .sustained)
        }
    }

    @Test func aProgressUpdateKeepsTheDayItHappenedButNotAFutureOne() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let recommendation = Recommendation(
                projectID: try project.requireID(), organisationID: try trust.requireID(), ownerID: nil,
                text: "Print the leaflet in large type", priority: .low, dueOn: nil)
            try await recommendation.create(on: app.db)
            let path = SiteURL.recommendation(.value(recommendation.id!), .updates).path
            func update(_ fields: [(String, String)], file: (String, [UInt8]) = ("", [])) async throws -> TestingHTTPResponse {
                try await staff.upload(
                    path, field: "file", fileName: file.0, contentType: "application/octet-stream", data: file.1, fields: fields)
            }
            let future = try await update([("text", "Printed"), ("on-day", "1"), ("on-month", "1"), ("on-year", "2099")])
            #expect(future.status == .badRequest && future.body.string.contains("The date must be today or in the past"))
            #expect(
                try await update([("text", "Printed"), ("on-day", "3"), ("on-month", "11"), ("on-year", "2026")]).status
                    == .seeOther)
            let first = try #require(try await RecommendationUpdate.query(on: app.db).first())
            #expect(first.writtenOn == CalendarDate.date(year: 2026, month: 11, day: 3) && first.evidenceFile == nil)

            // and a file as evidence is kept and can be downloaded; a program is refused
            let refused = try await update([("text", "Leaflet"), ("link", "")], file: ("setup.exe", Array("MZ".utf8)))
            #expect(
                refused.status == .badRequest
                    && refused.body.string.contains("The file must be a document, spreadsheet or picture"))
            let minutes = Array("%PDF-1.4 minutes of the ward meeting".utf8)
            #expect(
                try await update([("text", "Minutes of the ward meeting")], file: ("ward minutes.pdf", minutes)).status
                    == .seeOther)
            let withFile = try #require(try await RecommendationUpdate.query(on: app.db).filter(\.$evidenceFile != nil).first())
            #expect(withFile.evidenceFileName == "ward minutes.pdf")
            let page = try await staff.get(SiteURL.recommendation(.value(recommendation.id!)).path).body.string
            #expect(page.contains("Evidence file: ward minutes.pdf"))
            let download = try await staff.get("\(path)/\(withFile.id!.uuidString)/file")
            #expect(download.status == .ok && Array(download.body.readableBytesView) == minutes)
            #expect(download.headers.contentType?.subType == "pdf")
        }
    }

    @Test func emailsInTheOutboxGoThroughTheMailCommandAndFailuresAreKept() async throws {
        try await withTandem { app in
            // given a mail command that writes each message to a folder, and one that always fails
            let folder = NSTemporaryDirectory() + "tandem-mail-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let email = OutboxEmail(
                personID: nil, to: "jo@example.org", subject: "You said, we did: a project", body: "Thank you\nJo")
            try await email.create(on: app.db)
            // when delivered
            let sent = try await OutboxDelivery.deliverWaiting(command: "cat > \(folder)/$(date +%s%N).eml", on: app.db)
            // then the message went whole, and is marked sent
            #expect(sent == 1)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            let message = try String(contentsOfFile: "\(folder)/\(files[0])", encoding: .utf8)
            #expect(
                message.contains("To: jo@example.org") && message.contains("Subject: You said, we did: a project")
                    && message.contains("Thank you\nJo"))
            #expect(try await OutboxEmail.find(email.id, on: app.db)?.status == .sent)

            // and a failing command leaves the email waiting with the error, until the last try
            let second = OutboxEmail(personID: nil, to: "sam@example.org", subject: "Hello", body: "Body")
            try await second.create(on: app.db)
            for _ in 0..<OutboxDelivery.maximumAttempts {
                try await OutboxDelivery.deliverWaiting(command: "echo refused >&2; exit 3", on: app.db)
            }
            let failed = try #require(try await OutboxEmail.find(second.id, on: app.db))
            #expect(
                failed.status == .failed && failed.attempts == OutboxDelivery.maximumAttempts
                    && failed.lastError?.contains("refused") == true)
        }
    }
}
