import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Recognition beyond money: the record of involvement and certificates of contribution")
struct InvolvementRecordTests {
    /// A partner who took a place, chairs a group, came to an event, gave time, and whose comment is
    /// evidence for a recommendation that was implemented.
    static func involvedPartner(_ app: Application) async throws -> (TestBrowser, User, Project) {
        let (browser, user) = try await Fixtures.signedIn(.partner, app: app)
        let person = try await Fixtures.person(of: user, on: app.db)
        let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
        let project = try await Fixtures.project(organisation: trust, team: [(person, .patientPartner)], on: app.db)
        let item = try await Fixtures.feedback(
            "I waited five hours for my tablets", project: project, contributor: person, on: app.db)
        let finding = Finding(projectID: project.id!, statement: "People wait for medicines", createdByID: nil)
        try await finding.create(on: app.db)
        try await FindingEvidence(findingID: finding.id!, itemID: item.id!, isQuote: false).create(on: app.db)
        for (text, status) in [
            ("Prepare medicines the day before", RecommendationStatus.implemented), ("Text people", .agreed),
        ] {
            let recommendation = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: text, priority: .medium, dueOn: nil)
            recommendation.status = status
            try await recommendation.create(on: app.db)
            try await RecommendationFinding(recommendationID: recommendation.id!, findingID: finding.id!).create(on: app.db)
        }
        let group = GovernanceGroup(
            name: "Check and Challenge", kind: .checkAndChallenge, purpose: "Checks", quorum: 2, meetingSchedule: "Monthly")
        try await group.create(on: app.db)
        try await GroupMember(
            groupID: group.id!, personID: person.id!, role: .chair, termStarts: Date().addingTimeInterval(-90 * 86_400),
            termEnds: nil
        ).save(.fixture, on: app.db)
        let day = Date().addingTimeInterval(-10 * 86_400)
        let event = Event(
            title: "Listening event", summary: "", kind: .meeting, startsAt: day, endsAt: day.addingTimeInterval(7_200),
            capacity: nil, audience: .public, createdByID: nil)
        try await event.create(on: app.db)
        let registration = EventRegistration(
            eventID: event.id!, personID: person.id!, name: person.name, email: user.email, status: .confirmed, position: 1,
            cancelTokenHash: "x", checkInCode: "ABC123")
        registration.attendance = .present
        try await registration.save(.fixture, on: app.db)
        try await TimeRecord(
            personID: person.id!, eventID: nil, kind: .meeting, activity: "Group meeting", day: day, hours: 2,
            preparationHours: 0.5
        ).create(on: app.db)
        return (browser, user, project)
    }

    @Test func aPartnersRecordListsWhatTheyTookPartInAndWhatItChangedForThemAndCoordinatorsOnly() async throws {
        try await withTandem { app in
            let (partner, user, _) = try await Self.involvedPartner(app)
            let record = SiteURL.person(.value(user.$person.id), .record).path
            let mine = try await partner.get(SiteURL.myRecord.path)
            #expect(mine.status == .seeOther && mine.location == record)
            let page = try await partner.get(record).body.string
            for words in [
                "Your record of involvement", "Check and Challenge", "Chair", "Listening event", "Attended",
                "Getting medicines home faster", "Patient partner", "What it changed:", "Prepare medicines the day before",
                "Shared an experience", "2.5 hours given", "1 governance group",
            ] {
                #expect(page.contains(words), "\(words)")
            }
            #expect(!page.contains("Text people"), "a recommendation only agreed has not changed anything yet")
            #expect(!page.contains("Give a certificate"), "a partner does not give certificates")
            let (otherPartner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await otherPartner.get(record).status == .notFound)
            let (staff, _) = try await Fixtures.signedIn(.staff, app: app)
            #expect(try await staff.get(record).status == .notFound)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let seen = try await coordinator.get(record).body.string
            #expect(seen.contains("Record of involvement") && seen.contains("Give a certificate of contribution"))
            // The partner's own profile links to it.
            #expect(try await partner.get(SiteURL.person(.value(user.$person.id)).path).body.string.contains(record))
        }
    }

    @Test func aCoordinatorGivesACertificateThePartnerIsToldAndPrintsIt() async throws {
        try await withTandem { app in
            let (partner, user, _) = try await Self.involvedPartner(app)
            let (coordinator, coordinatorUser) = try await Fixtures.signedIn(.coordinator, app: app)
            let issue = SiteURL.person(.value(user.$person.id), .certificates).path
            let empty = try await coordinator.post(issue, [("signed-by", "")])
            #expect(empty.status == .badRequest)
            for message in [
                "Say what the certificate is for", "Say in a sentence or two what they did", "Enter the first day",
                "Enter the name and role",
            ] {
                #expect(empty.body.string.contains(message), "\(message)")
            }
            let next = UKTime.parts(of: Date().addingTimeInterval(3 * 86_400))
            let future = try await coordinator.post(
                issue,
                [
                    ("title", "Chair of the Check and Challenge Group"), ("citation", "Chaired seven meetings."),
                    ("from-day", "1"), ("from-month", "1"), ("from-year", "2026"), ("to-day", String(next.day)),
                    ("to-month", String(next.month)), ("to-year", String(next.year)), ("hours", "40.1"),
                    ("signed-by", "Casey Coordinator"),
                ])
            #expect(future.status == .badRequest)
            #expect(future.body.string.contains("cannot be in the future") && future.body.string.contains("quarter hours"))
            #expect(future.body.string.contains("Chair of the Check and Challenge Group"), "what was typed is kept")
            #expect(try await ContributionCertificate.query(on: app.db).count() == 0)
            #expect(try await partner.post(issue, [("title", "Myself")]).status == .forbidden)
            let own = try await coordinator.post(
                SiteURL.person(.value(coordinatorUser.$person.id), .certificates).path,
                [
                    ("title", "Me"), ("citation", "I did it."), ("from-day", "1"), ("from-month", "1"), ("from-year", "2026"),
                    ("to-day", "2"), ("to-month", "1"), ("to-year", "2026"), ("signed-by", "Me"),
                ])
            #expect(own.status == .badRequest && own.body.string.contains("cannot give yourself a certificate"))
            let today = UKTime.parts(of: Date())
            #expect(
                try await coordinator.post(
                    issue,
                    [
                        ("title", "Chair of the Check and Challenge Group"),
                        ("citation", "Chaired seven meetings and led the challenge on interpreters."), ("from-day", "1"),
                        ("from-month", "1"), ("from-year", String(today.year)), ("to-day", String(today.day)),
                        ("to-month", String(today.month)), ("to-year", String(today.year)), ("hours", "40.5"),
                        ("signed-by", "Casey Coordinator, coordinator"),
                    ]
                ).status == .seeOther)
            let certificate = try #require(try await ContributionCertificate.query(on: app.db).first())
            #expect(certificate.number == "CC-\(CalendarDate.civil(Date()).year)-0001" && certificate.hours == 40.5)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$recordType == "contribution_certificate").all()
            #expect(audit.count == 1 && audit.first?.subjectPersonID == user.$person.id)
            let message = try #require(
                try await InboxMessage.query(on: app.db).filter(\.$person.$id == user.$person.id)
                    .filter(\.$subject == "A certificate of contribution for you").first())
            let printable = SiteURL.person(.value(user.$person.id), .certificate(.value(certificate.id!))).path
            #expect(message.link == printable)
            let page = try await partner.get(printable).body.string
            for words in [
                "Certificate of contribution", "Chair of the Check and Challenge Group", "Chaired seven meetings",
                "giving 40.5 hours", "Casey Coordinator, coordinator", certificate.number, "tandem-certificate",
            ] {
                #expect(page.contains(words), "\(words)")
            }
            #expect(try await partner.get(SiteURL.person(.value(user.$person.id), .record).path).body.string.contains(printable))
            let (otherPartner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await otherPartner.get(printable).status == .notFound)
            #expect(
                try await partner.get(
                    SiteURL.person(.value(user.$person.id), .certificate(.value(UUID()))).path
                ).status == .notFound)
        }
    }
}
