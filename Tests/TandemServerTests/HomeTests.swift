import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("A home for each role: what needs me")
struct HomeTests {
    static let day: Double = 86_400

    @Test func aCoordinatorSeesOverdueMilestonesCommentsToCodeAndDecisionsWithLinksToWhereTheyAreDone() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.coordinator, app: app)
            let me = try await Fixtures.person(of: user, on: app.db)
            let mine = try await Fixtures.project(
                "Faster discharge", organisation: trust, team: [(me, .projectManager)], on: app.db)
            let other = try await Fixtures.project("Someone else's project", organisation: trust, on: app.db)
            try await ProjectMilestone(
                projectID: mine.id!, title: "Ward survey closed", dueOn: Date().addingTimeInterval(-4 * Self.day)
            )
            .create(on: app.db)
            try await ProjectMilestone(
                projectID: other.id!, title: "Not my milestone", dueOn: Date().addingTimeInterval(-4 * Self.day)
            )
            .create(on: app.db)
            try await ProjectMilestone(
                projectID: mine.id!, title: "Report written", dueOn: Date().addingTimeInterval(40 * Self.day)
            )
            .create(on: app.db)
            try await Fixtures.feedback("The wait was long", project: mine, on: app.db)
            let proposed = Recommendation(
                projectID: mine.id!, organisationID: trust.id!, ownerID: nil, text: "Text people when medicines are ready",
                priority: .high, dueOn: nil)
            try await proposed.create(on: app.db)

            let home = try await browser.get(SiteURL.home.path).body.string
            #expect(home.contains("Ward survey closed") && home.contains("Overdue by 4 days"))
            #expect(home.contains("href=\"\(SiteURL.project(.value(mine.id!), .proposal).path)#milestones\""))
            #expect(!home.contains("Not my milestone"), "only the coordinator's own projects")
            #expect(home.contains("1 comment waiting to be coded"))
            #expect(home.contains("href=\"\(SiteURL.project(.value(mine.id!), .coding).path)\""))
            #expect(home.contains("Text people when medicines are ready") && home.contains("Waiting for a decision"))
            #expect(home.contains("Next: Report written"))
        }
    }

    @Test func staffSeeTheirOrganisationsRecommendationsOverdueFirstAndReviewsAskedOfThem() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let elsewhere = try await Fixtures.organisation("Another Trust", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            func recommend(_ text: String, at organisation: Organisation, due days: Double?) async throws -> Recommendation {
                let recommendation = Recommendation(
                    projectID: project.id!, organisationID: organisation.id!, ownerID: nil, text: text, priority: .medium,
                    dueOn: days.map { Date().addingTimeInterval($0 * Self.day) })
                recommendation.status = .agreed
                try await recommendation.create(on: app.db)
                return recommendation
            }
            _ = try await recommend("Due later", at: trust, due: 60)
            _ = try await recommend("Long overdue", at: trust, due: -10)
            _ = try await recommend("Due soon", at: trust, due: 3)
            _ = try await recommend("For another trust", at: elsewhere, due: -10)
            let held = try await recommend("Did it hold?", at: elsewhere, due: nil)
            held.$owner.id = user.$person.id
            held.status = .implemented
            held.reviewRequestedAt = Date()
            try await held.save(on: app.db)

            let home = try await browser.get(SiteURL.home.path).body.string
            let overdue = try #require(home.range(of: "Long overdue")), soon = try #require(home.range(of: "Due soon")),
                later = try #require(home.range(of: "Due later"))
            #expect(overdue.lowerBound < soon.lowerBound && soon.lowerBound < later.lowerBound)
            #expect(home.contains("Overdue by 10 days") && home.contains("Due in 3 days"))
            #expect(!home.contains("For another trust"))
            #expect(home.contains("Has the change held?") && home.contains("Did it hold?"))
        }
    }

    @Test func aPartnerSeesCommentsToCodeMessagesAndWhatTheirVoiceChanged() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.partner, app: app)
            let me = try await Fixtures.person(of: user, on: app.db)
            let project = try await Fixtures.project(
                organisation: trust, team: [(me, .patientPartner)], stage: .analysis, on: app.db)
            let comment = try await Fixtures.feedback("Nobody told me why", project: project, contributor: me, on: app.db)
            let finding = Finding(projectID: project.id!, statement: "People are not told why they wait", createdByID: nil)
            try await finding.create(on: app.db)
            try await FindingEvidence(findingID: finding.id!, itemID: comment.id!, isQuote: false).create(on: app.db)
            let change = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: "Tell people why they wait",
                priority: .medium, dueOn: nil)
            change.status = .implemented
            try await change.create(on: app.db)
            try await RecommendationFinding(recommendationID: change.id!, findingID: finding.id!).create(on: app.db)
            try await InboxMessage(personID: me.id!, subject: "You said, we did: waiting", body: "Thank you", link: nil)
                .create(on: app.db)

            let home = try await browser.get(SiteURL.home.path).body.string
            #expect(home.contains("1 comment waiting to be coded"))
            #expect(home.contains("You said, we did: waiting") && home.contains("href=\"\(SiteURL.inbox.path)\""))
            #expect(home.contains("Messages (1 new)") && home.contains(">New<"))
            #expect(home.contains("What your voice has changed") && home.contains("Tell people why they wait"))
            #expect(home.contains("href=\"\(SiteURL.feedbackItem(.value(comment.id!)).path)\""))
            #expect(home.contains("Findings to look over") && home.contains(SiteURL.finding(.value(finding.id!)).path))

            // Once read, the message stays but is no longer new.
            _ = try await browser.get(SiteURL.inbox.path)
            let after = try await browser.get(SiteURL.home.path).body.string
            #expect(
                after.contains("You said, we did: waiting") && !after.contains("Messages (1 new)") && !after.contains(">New<"))
        }
    }
}
