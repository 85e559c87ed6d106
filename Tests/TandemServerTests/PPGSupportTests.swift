import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("PPG support: the self-assessment, the ICB's needs and the buddy scheme")
struct PPGSupportTests {
    static func ppg(
        _ name: String, practice: Organisation, status: PPGStatus = .active, chair: User? = nil, on db: any Database
    )
        async throws -> PPG
    {
        let ppg = PPG(
            practiceID: practice.id!, name: name, meetingFormat: .inPerson, meetingFrequency: "Monthly", startedOn: nil,
            howToJoin: "Ask.", status: status, leadID: nil)
        try await PPGRegistry.create(ppg, by: nil, on: db)
        if let chair {
            try await PPGMember(ppgID: ppg.id!, personID: chair.$person.id, kind: .core, office: .chair, joinedOn: Date()).save(
                .fixture, on: db)
        }
        return ppg
    }

    static func answers(_ level: AssessmentLevel, except: [String: AssessmentLevel] = [:]) -> [(String, String)] {
        SelfAssessment.standardStatements.map { statement in
            (SelfAssessmentForm.levelField(statement.key), String((except[statement.key] ?? level).rawValue))
        }
    }

    @Test func theChairFillsItInTheNewVersionKeepsOldAnswersReadableAndTheICBSeesTheNeeds() async throws {
        try await withTandem { app in
            let world = try await PPGTests.world(app)
            let chair = try await Fixtures.user("chair@example.org", role: .partner, on: app.db)
            let ppg = try await Self.ppg("Market Street Patient Group", practice: world.practice, chair: chair, on: app.db)
            let browser = TestBrowser(app)
            try await browser.signIn("chair@example.org")
            let form = SiteURL.ppg(.value(ppg.id!), .newSelfAssessment).path
            #expect(try await browser.get(form).status == .ok)
            let path = SiteURL.ppg(.value(ppg.id!), .selfAssessment).path
            // One statement left unanswered is named; the rest are kept.
            let partial = try await browser.post(path, Self.answers(.mostly).filter { $0.0 != "level-younger-members" })
            #expect(
                partial.status == .badRequest
                    && partial.body.string.contains("Choose how far this is in place: Recruiting younger members"))
            #expect(
                try await browser.post(
                    path, Self.answers(.mostly, except: ["younger-members": .starting]) + [("help", "A leaflet")]
                ).status
                    == .seeOther)

            // A coordinator rewords a statement: a new version; the first answers keep their words.
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await coordinator.get(SiteURL.ppgQuestionnaire.path)
            var texts = SelfAssessment.standardStatements.map { ("text-\($0.key)", $0.text) }
            texts[0] = ("text-younger-members", "Recruiting members under 40")
            #expect(try await coordinator.post(SiteURL.ppgQuestionnaire.path, texts).status == .seeOther)
            #expect(try await PPGQuestionnaire.query(on: app.db).count() == 2)
            let first = try await browser.get(path).body.string
            #expect(first.contains("Recruiting younger members") && !first.contains("Recruiting members under 40"))
            #expect(
                try await browser.post(path, Self.answers(.fully, except: ["younger-members": .starting])).status == .seeOther)
            let compared = try await browser.get(path).body.string
            #expect(compared.contains("Recruiting members under 40") && compared.contains("Before"))

            // The ICB's view: the heat map and the need, with a workshop planned from it.
            let other = try await Self.ppg("Oak Tree Patient Group", practice: world.other, on: app.db)
            try await PPGAssessment(
                ppgID: other.id!, questionnaire: try await PPGAssessments.current(on: app.db),
                answers: Dictionary(
                    uniqueKeysWithValues: SelfAssessment.standardStatements.map { ($0.key, AssessmentLevel.notInPlace) }),
                comments: [:], help: "", completedByID: nil
            ).create(on: app.db)
            let needs = try await coordinator.get(SiteURL.ppgNeeds.path).body.string
            #expect(needs.contains("1 PPG is starting on: Recruiting members under 40 (and 1 has not begun)"))
            #expect(needs.contains("tandem-heat-4") && needs.contains("tandem-heat-1"))
            #expect(needs.contains("/ppgs/needs/workshop?need=younger-members"))
            let prefilled = try await coordinator.get(SiteURL.ppgNeedWorkshop.path(query: [("need", "younger-members")])).body
                .string
            #expect(prefilled.contains("Workshop: Recruiting members under 40"))
            #expect(prefilled.contains("Invited: Market Street Patient Group, Oak Tree Patient Group."))
            #expect(
                try await coordinator.get(SiteURL.ppgNeedWorkshop.path(query: [("need", "no-such-need")])).status == .notFound)
        }
    }

    @Test func aPairIsProposedAcceptedByBothAgreedContactedReviewedAndEnded() async throws {
        try await withTandem { app in
            let world = try await PPGTests.world(app)
            let strongChair = try await Fixtures.user("strong@example.org", role: .partner, on: app.db)
            let weakChair = try await Fixtures.user("weak@example.org", role: .partner, on: app.db)
            let strong = try await Self.ppg("Strong PPG", practice: world.practice, chair: strongChair, on: app.db)
            let weak = try await Self.ppg("Weak PPG", practice: world.other, status: .needsSupport, chair: weakChair, on: app.db)
            let questionnaire = try await PPGAssessments.current(on: app.db)
            for (ppg, level) in [(strong, AssessmentLevel.fully), (weak, .starting)] {
                try await PPGAssessment(
                    ppgID: ppg.id!, questionnaire: questionnaire,
                    answers: Dictionary(uniqueKeysWithValues: SelfAssessment.standardStatements.map { ($0.key, level) }),
                    comments: [:],
                    help: "", completedByID: nil
                ).create(on: app.db)
            }
            let check = PPGHealthCheck(ppgID: strong.id!, quarter: HealthCheck.quarter(of: Date()))
            check.outcomes = Dictionary(
                uniqueKeysWithValues: HealthCriterion.allCases.map { ($0.rawValue, CriterionOutcome.met.rawValue) })
            check.met = 4
            try await check.save(on: app.db)

            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await coordinator.get(SiteURL.buddies.path)
            #expect(try await coordinator.post(SiteURL.buddies.path, [("capacity", "2")]).status == .seeOther)
            let pair = try #require(try await PPGBuddyPair.query(on: app.db).first())
            #expect(pair.$buddy.id == strong.id && pair.$supported.id == weak.id && pair.status == .proposed)
            #expect(pair.reasonList.contains("In the same Primary Care Network"))
            #expect(try await InboxMessage.query(on: app.db).filter(\.$subject == "A buddy pairing is proposed").count() == 2)
            // Proposing again adds nothing: the weak PPG is already in a pairing.
            _ = try await coordinator.post(SiteURL.buddies.path, [("capacity", "2")])
            #expect(try await PPGBuddyPair.query(on: app.db).count() == 1)

            let strongBrowser = TestBrowser(app)
            try await strongBrowser.signIn("strong@example.org")
            let weakBrowser = TestBrowser(app)
            try await weakBrowser.signIn("weak@example.org")
            // The other side's chair cannot answer for this side: the pair is not theirs through this PPG.
            #expect(
                try await weakBrowser.post(
                    SiteURL.ppg(.value(strong.id!), .buddyAnswer(.value(pair.id!))).path, [("answer", "accept")]
                ).status == .notFound)
            #expect(
                try await strongBrowser.post(
                    SiteURL.ppg(.value(strong.id!), .buddyAnswer(.value(pair.id!))).path, [("answer", "accept")]
                ).status == .seeOther)
            #expect(try await PPGBuddyPair.find(pair.id!, on: app.db)?.status == .proposed)
            #expect(
                try await weakBrowser.post(
                    SiteURL.ppg(.value(weak.id!), .buddyAnswer(.value(pair.id!))).path, [("answer", "accept")]
                ).status == .seeOther)
            let started = try #require(try await PPGBuddyPair.find(pair.id!, on: app.db))
            #expect(started.status == .active && started.startedOn != nil)

            let weakPage = SiteURL.ppg(.value(weak.id!), .buddy(.value(pair.id!)))
            let next = CalendarDate.parts(of: Date().addingTimeInterval(90 * 86_400))
            #expect(
                try await weakBrowser.post(
                    SiteURL.ppg(.value(weak.id!), .buddyAgreement(.value(pair.id!))).path,
                    [
                        ("goals", "Five new members"), ("review-day", next.day), ("review-month", next.month),
                        ("review-year", next.year),
                    ]
                ).status == .seeOther)
            let today = CalendarDate.parts(of: Date())
            #expect(
                try await strongBrowser.post(
                    SiteURL.ppg(.value(strong.id!), .buddyContact(.value(pair.id!))).path,
                    [("note", "Chairs met"), ("on-day", today.day), ("on-month", today.month), ("on-year", today.year)]
                ).status == .seeOther)
            let missing = try await weakBrowser.post(
                SiteURL.ppg(.value(weak.id!), .buddyReview(.value(pair.id!))).path, [("going", "Well")])
            #expect(missing.status == .badRequest && missing.body.string.contains("Choose the 3-month or the 6-month review"))
            for (browser, ppg) in [(weakBrowser, weak), (strongBrowser, strong)] {
                #expect(
                    try await browser.post(
                        SiteURL.ppg(.value(ppg.id!), .buddyReview(.value(pair.id!))).path,
                        [("months", "3"), ("going", "Going well")]
                    ).status == .seeOther)
            }
            let page = try await weakBrowser.get(weakPage.path).body.string
            #expect(page.contains("Five new members") && page.contains("Chairs met") && page.contains("Going well"))
            let list = try await coordinator.get(SiteURL.ppgs.path).body.string
            #expect(list.contains("Supported by Strong PPG") && list.contains("Supporting Weak PPG"))

            #expect(
                try await weakBrowser.post(
                    SiteURL.ppg(.value(weak.id!), .buddyEnd(.value(pair.id!))).path,
                    [("outcome", "Did not gel"), ("ended-badly[]", "yes")]
                ).status == .seeOther)
            #expect(try await PPGBuddyPair.find(pair.id!, on: app.db)?.endedBadly == true)
            // Never proposed again.
            _ = try await coordinator.post(SiteURL.buddies.path, [("capacity", "2")])
            #expect(try await PPGBuddyPair.query(on: app.db).count() == 1)
        }
    }

    @Test func theYearlyStatementPrintsAndDownloadsWithWhatWasDoneAndThePartnersHomeLinksTheirPPG() async throws {
        try await withTandem { app in
            let world = try await PPGTests.world(app)
            let chair = try await Fixtures.user("chair@example.org", role: .partner, on: app.db)
            let ppg = try await Self.ppg("Market Street Patient Group", practice: world.practice, chair: chair, on: app.db)
            try await PPGMeeting(
                ppgID: ppg.id!, kind: .ppgMeeting, heldOn: Date(), staffPresent: 1, pcnRepresentative: false, notes: ""
            )
            .create(on: app.db)
            let browser = TestBrowser(app)
            try await browser.signIn("chair@example.org")
            #expect(try await browser.get(SiteURL.home.path).body.string.contains("Market Street Patient Group"))
            let page = SiteURL.ppg(.value(ppg.id!), .statement).path
            #expect(try await browser.post(page, [("outreach", "A stall at the school gates.")]).status == .seeOther)
            let statement = try await browser.get(page).body.string
            #expect(
                statement.contains("Market Street Patient Group: yearly statement")
                    && statement.contains("A stall at the school gates."))
            #expect(statement.contains("1 PPG meeting, and 0 Primary Care Network meetings"))
            let document = try await browser.get(SiteURL.ppg(.value(ppg.id!), .statementDocument).path)
            #expect(document.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(document.body.readableBytes > 1_000)
            #expect(
                document.headers.first(name: .contentDisposition)?.contains("market-street-patient-group-statement.docx") == true)
        }
    }
}
