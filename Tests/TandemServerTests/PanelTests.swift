import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Peer review panels: submissions, triage, feedback, replies, follow-ups, the yearly report")
struct PanelTests {
    struct World {
        let trust: Organisation
        let coordinator: TestBrowser
        let panel: ReviewPanel
        let chair: User
        let member: User
    }

    /// A panel with a chair and a member, and a meeting a week from now, set up through its pages.
    static func world(_ app: Application, name: String = "Patient Improvement Panel") async throws -> World {
        var trust = try await Organisation.query(on: app.db).filter(\.$name == "Northvale Hospitals").first()
        if trust == nil { trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db) }
        let organisation = trust!
        let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
        let prefix = name.split(separator: " ").first!.lowercased()
        let chair = try await Fixtures.user("\(prefix)-chair@example.org", role: .partner, on: app.db)
        let member = try await Fixtures.user("\(prefix)-member@example.org", role: .partner, on: app.db)
        #expect(
            try await coordinator.post(
                SiteURL.panels.path,
                [
                    ("name", name), ("organisation", organisation.id!.lowercasedString), ("terms", "We give the patient view."),
                    ("projects", "3"), ("public[]", "yes"),
                ]
            ).status == .seeOther)
        let panel = try #require(try await ReviewPanel.query(on: app.db).filter(\.$name == name).first())
        for (email, role) in [(chair.email, "chair"), (member.email, "member")] {
            #expect(
                try await coordinator.post(
                    SiteURL.panel(.value(panel.id!), .members).path,
                    [("email", email), ("role", role), ("start-day", "1"), ("start-month", "1"), ("start-year", "2026")]
                ).status == .seeOther)
        }
        let next = UKTime.parts(of: Date().addingTimeInterval(7 * 86_400))
        #expect(
            try await coordinator.post(
                SiteURL.panel(.value(panel.id!), .meetings).path,
                [
                    ("on-day", String(next.day)), ("on-month", String(next.month)), ("on-year", String(next.year)),
                    ("starts", "14:00"), ("ends", "16:00"), ("venue", "Board room, step-free"),
                ]
            ).status == .seeOther)
        return World(trust: organisation, coordinator: coordinator, panel: panel, chair: chair, member: member)
    }

    static func submit(
        _ lead: TestBrowser, to panel: ReviewPanel, project: Project?, title: String = ""
    ) async throws
        -> TestingHTTPResponse
    {
        try await lead.post(
            SiteURL.panel(.value(panel.id!), .submit).path,
            [
                ("project", project?.id?.lowercasedString ?? ""), ("title", title), ("summary", "Letters confuse people."),
                ("stage", "planning"), ("question-1", "Who are we missing?"), ("question-2", "Is the letter clear?"),
                ("involved", "Two patient partners on the team"),
            ])
    }

    @Test func aProjectGoesFromSubmissionToFollowUpAndTheReportCountsIt() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let leadUser = try await Fixtures.user("lead@example.org", role: .staff, organisation: world.trust, on: app.db)
            let leadPerson = try await Fixtures.person(of: leadUser, on: app.db)
            let project = try await Fixtures.project(
                "Clearer outpatient letters", organisation: world.trust, team: [(leadPerson, .staffLead)], on: app.db)
            for step in [InvolvementStep.designing, .gatheringEvidence] {
                try await InvolvementPlanEntry(projectID: project.id!, step: step, level: .consult, who: "Partners").create(
                    on: app.db)
            }
            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.org")

            // Without a question, nothing is saved.
            let none = try await lead.post(
                SiteURL.panel(.value(world.panel.id!), .submit).path,
                [("project", project.id!.lowercasedString), ("summary", "Letters."), ("stage", "planning"), ("involved", "Two")])
            #expect(none.status == .badRequest && none.body.string.contains("Write at least one question"))
            #expect(try await PanelReview.query(on: app.db).count() == 0)
            #expect(try await Self.submit(lead, to: world.panel, project: project).status == .seeOther)
            let review = try #require(try await PanelReview.query(on: app.db).first())
            #expect(review.title == "Clearer outpatient letters" && review.levelBefore == .consult && review.questions.count == 2)
            let page = SiteURL.panelReview(.value(review.id!))
            // The chair is told, with the date the answer is due.
            #expect(try await InboxMessage.query(on: app.db).filter(\.$person.$id == world.chair.$person.id).count() == 1)

            let chair = TestBrowser(app)
            try await chair.signIn(world.chair.email)
            // The chair's home page has it to triage, due in 10 working days.
            #expect(try await chair.get(SiteURL.home.path).body.string.contains("Triage: Clearer outpatient letters"))
            let noReason = try await chair.post(page.path(.triage), [("decision", "declined")])
            #expect(noReason.status == .badRequest && noReason.body.string.contains("Say why"))
            let noMeeting = try await chair.post(page.path(.triage), [("decision", "accepted")])
            #expect(noMeeting.status == .badRequest && noMeeting.body.string.contains("Choose the meeting"))
            let meeting = try #require(try await PanelMeeting.query(on: app.db).first())
            #expect(
                try await chair.post(page.path(.triage), [("decision", "accepted"), ("meeting", meeting.id!.lowercasedString)])
                    .status == .seeOther)
            #expect(try await InboxMessage.query(on: app.db).filter(\.$person.$id == leadPerson.id!).count() == 1)

            // Two members give structured feedback; the chair agrees it.
            let member = TestBrowser(app)
            try await member.signIn(world.member.email)
            #expect(try await member.get(page.path).body.string.contains("Your feedback, under the panel"))
            let empty = try await member.post(page.path(.feedback), [])
            #expect(empty.status == .badRequest && empty.body.string.contains("at least one heading"))
            #expect(try await member.post(page.path(.thoughts), [("thoughts", "Good start")]).status == .seeOther)
            #expect(
                try await member.post(
                    page.path(.feedback), [("who_is_missing", "Young carers"), ("communication", "Shorter letters")]
                )
                .status == .seeOther)
            #expect(try await chair.post(page.path(.feedback), [("risks", "People may miss appointments")]).status == .seeOther)
            #expect(try await ReviewNote.query(on: app.db).count() == 4)
            // The lead does not see the members' own notes, only the agreed feedback.
            #expect(!(try await lead.get(page.path).body.string.contains("Good start")))
            #expect(try await lead.post(page.path(.feedback), [("risks", "None")]).status == .forbidden)
            #expect(
                try await chair.post(
                    page.path(.agree),
                    [("who_is_missing", "Ask the young carers' group"), ("communication", "Test the letter with patients")]
                ).status == .seeOther)
            #expect(try await PanelReview.find(review.id, on: app.db)?.status == .feedbackAgreed)
            #expect(
                try await chair.post(page.path(.actions), [("text", "Send the letter"), ("owner", "Lead")]).status == .seeOther)

            #expect(try await lead.get(SiteURL.home.path).body.string.contains("Reply to 2 points of the panel"))
            // The lead replies to each point, records a follow-up with evidence and closes the review.
            let points = try await ReviewPoint.query(on: app.db).all()
            #expect(points.count == 2)
            for (point, response) in zip(points, ["will_act", "acted"]) {
                #expect(
                    try await lead.post(page.path(.reply(.value(point.id!))), [("response", response), ("reply", "Thank you")])
                        .status == .seeOther)
            }
            // The follow-up is an upload: links, a file, or both; a bad link or a web page as a file is refused.
            let badLink = try await lead.upload(
                page.path(.followUps), field: "file", fileName: "", contentType: "application/octet-stream", data: [],
                fields: [("months", "3"), ("changed", "We rewrote the letter"), ("evidence", "not a link")])
            #expect(badLink.status == .badRequest && badLink.body.string.contains("is not a web address"))
            let webPage = try await lead.upload(
                page.path(.followUps), field: "file", fileName: "letter.html", contentType: "text/html",
                data: Array("<p>hi</p>".utf8), fields: [("months", "3"), ("changed", "We rewrote the letter")])
            #expect(webPage.status == .badRequest && webPage.body.string.contains("The file must be a document"))
            #expect(try await ReviewFollowUp.query(on: app.db).count() == 0)
            #expect(
                try await lead.upload(
                    page.path(.followUps), field: "file", fileName: "new-letter.pdf", contentType: "application/pdf",
                    data: Array("%PDF-1.4 the new letter".utf8),
                    fields: [
                        ("months", "3"), ("changed", "We rewrote the letter with patients"),
                        ("evidence", "https://example.org/new-letter-survey"),
                    ]
                ).status == .seeOther)
            let followUp = try #require(try await ReviewFollowUp.query(on: app.db).first())
            #expect(followUp.evidenceLinks == ["https://example.org/new-letter-survey"])
            #expect(followUp.evidenceFileName == "new-letter.pdf")
            // The panel's members download the file; it is always a download.
            let file = try await member.get(page.path(.followUpFile(.value(followUp.id!))))
            #expect(file.status == .ok && file.body.string == "%PDF-1.4 the new letter")
            #expect(file.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(try await lead.post(page.path(.close), [("usefulness", "5"), ("changed", "yes")]).status == .seeOther)
            // The member records the time they gave.
            #expect(try await member.post(page.path(.time), [("hours", "2"), ("preparation", "1.5")]).status == .seeOther)

            let report = try await member.get(SiteURL.panel(.value(world.panel.id!), .report).path).body.string
            #expect(report.contains("Reviews held (feedback agreed)"))
            #expect(report.contains("2 of 2 answered points (100%)"))
            #expect(report.contains("1 of the 1 that said"))
            #expect(report.contains("3.5 hours from 1 member"))
            #expect(report.contains("Clearer outpatient letters") && report.contains("3 months"))
        }
    }

    @Test func aPanelMemberSeesNothingOfAnotherPanel() async throws {
        try await withTandem { app in
            let first = try await Self.world(app, name: "North Panel")
            let second = try await Self.world(app, name: "South Panel")
            let leadUser = try await Fixtures.user("lead@example.org", role: .staff, organisation: first.trust, on: app.db)
            _ = leadUser
            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.org")
            #expect(try await Self.submit(lead, to: second.panel, project: nil, title: "Ward rounds").status == .seeOther)
            let review = try #require(try await PanelReview.query(on: app.db).first())
            let page = SiteURL.panelReview(.value(review.id!))

            let outsider = TestBrowser(app)
            try await outsider.signIn(first.member.email)
            #expect(try await outsider.get(page.path).status == .notFound)
            #expect(try await outsider.post(page.path(.feedback), [("risks", "x")]).status == .notFound)
            #expect(try await outsider.get(SiteURL.panel(.value(second.panel.id!)).path).status == .notFound)
            #expect(try await outsider.get(SiteURL.panel(.value(second.panel.id!), .report).path).status == .notFound)
            #expect(try await outsider.get(SiteURL.panel(.value(first.panel.id!), .report).path).status == .ok)
            // The other panel's member sees it; another lead does not.
            let insider = TestBrowser(app)
            try await insider.signIn(second.member.email)
            #expect(try await insider.get(page.path).status == .ok)
            let otherLead = try await Fixtures.user("other@example.org", role: .staff, organisation: first.trust, on: app.db)
            _ = otherLead
            let stranger = TestBrowser(app)
            try await stranger.signIn("other@example.org")
            #expect(try await stranger.get(page.path).status == .notFound)
            // A panel member may not triage: only its chair.
            #expect(try await insider.post(page.path(.triage), [("decision", "accepted")]).status == .forbidden)
        }
    }

    @Test func thePublicFormWorksOnlyWhenThePanelAllowsItAndTheContactIsToldByEmail() async throws {
        try await withTandem { app in
            let world = try await Self.world(app)
            let visitor = TestBrowser(app)
            let form = SiteURL.publicPanelSubmission(.value(world.panel.id!)).path
            #expect(try await visitor.get(form).status == .ok)
            let fields = [
                ("contact-name", "Pat Public"), ("contact-email", "pat@example.org"), ("title", "Community transport"),
                ("summary", "Getting to clinics."), ("stage", "idea"), ("question-1", "What matters most?"),
                ("involved", "A community group"),
            ]
            let noEmail = try await visitor.post(form, fields.filter { $0.0 != "contact-email" })
            #expect(noEmail.status == .badRequest && noEmail.body.string.contains("Enter your email address"))
            #expect(try await visitor.post(form, fields).body.string.contains("will reply to pat@example.org"))
            let review = try #require(try await PanelReview.query(on: app.db).first())
            #expect(review.$lead.id == nil && review.contactEmail == "pat@example.org")
            let chair = TestBrowser(app)
            try await chair.signIn(world.chair.email)
            #expect(
                try await chair.post(
                    SiteURL.panelReview(.value(review.id!), .triage).path,
                    [("decision", "more_information"), ("reason", "Which clinics?")]
                ).status == .seeOther)
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "pat@example.org").count() == 1)
            world.panel.publicSubmissions = false
            try await world.panel.save(on: app.db)
            #expect(try await visitor.get(form).status == .notFound)
        }
    }
}

extension SiteURL {
    /// Another page of the same review.
    fileprivate func path(_ page: ReviewPath) -> String {
        guard case .panelReview(let id, _) = self else { return path }
        return SiteURL.panelReview(id, page).path
    }
}
