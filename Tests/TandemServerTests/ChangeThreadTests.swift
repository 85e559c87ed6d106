import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("From evidence to change")
struct ChangeThreadTests {
    /// The golden thread: two coders, a finding with a quote, a recommendation
    /// taken to implemented, the contributor told, the public page, the item's page.
    @Test func aCommentIsFollowedFromCodingToAChangeToldBackToItsGiver() async throws {
        try await withTandem { app in
            // given a project with a patient partner and a staff member on its team
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (staff, staffUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let sam = try await Fixtures.person(of: staffUser, on: app.db)
            let project = try await Fixtures.project(
                organisation: trust, team: [(maggie, .patientPartner), (sam, .staffLead)], on: app.db)
            let projectID = project.id!
            // and a comment from Jo, who agreed to be contacted and to publication
            let jo = try await Fixtures.person("Jo Bloggs", email: "jo@example.org", on: app.db)
            try await ConsentRecord(
                personID: jo.requireID(), purpose: .contact, howGiven: "form", givenAt: Date(), recordedByID: nil
            ).save(.fixture, on: app.db)
            let comment = try await Fixtures.feedback(
                "I waited four hours for my medicines to take home, ring me on 07700 900123",
                project: project, scope: .public, contributor: jo, on: app.db)
            let itemID = comment.id!

            // when the partner opens the queue, the comment is next, with "waiting" suggested
            let next = try await partner.get(SiteURL.project(.value(projectID), .codingNext).path + "?mode=new")
            #expect(next.location?.hasPrefix(SiteURL.feedbackItem(.value(itemID), .code).path) == true)
            let form = try await partner.get(SiteURL.feedbackItem(.value(itemID), .code).path + "?mode=new").body.string
            #expect(form.contains("Waiting and delays") && form.contains("% sure"))
            let themes = try await ProjectCodebook.themes(of: project.requireID(), on: app.db)
            let waiting = try #require(themes.first { $0.key == "waiting" }).id!.uuidString.lowercased()
            let medicines = try #require(themes.first { $0.key == "medication" }).id!.uuidString.lowercased()

            // and codes it with no sentiment: refused, nothing saved
            let refused = try await partner.post(
                SiteURL.feedbackItem(.value(itemID), .code).path, [("themes[]", waiting), ("mode", "new")])
            #expect(refused.status == .badRequest && refused.body.string.contains("Choose whether the comment is positive"))
            #expect(try await ItemReview.query(on: app.db).count() == 0)
            // then accepts the suggestion, marks it quotable, and saves
            let saved = try await partner.post(
                SiteURL.feedbackItem(.value(itemID), .code).path,
                [
                    ("themes[]", waiting), ("sentiment", "negative"), ("quotable[]", "yes"), ("mode", "new"),
                ])
            #expect(saved.status == .seeOther)
            let coding = try #require(try await Coding.query(on: app.db).first())
            #expect(
                coding.$coder.id == maggie.id && coding.suggestedBy == ThemeSuggestions.codebookSource && coding.confidence != nil
            )
            let coded = try #require(try await FeedbackItem.find(comment.id, on: app.db))
            #expect(coded.codedAt != nil && coded.quotable && coded.sentiment == .negative)

            // and the staff member checks it, adding a second theme
            let check = try await staff.get(SiteURL.project(.value(projectID), .codingNext).path + "?mode=check")
            #expect(check.location?.hasPrefix(SiteURL.feedbackItem(.value(itemID), .code).path) == true)
            _ = try await staff.post(
                SiteURL.feedbackItem(.value(itemID), .code).path,
                [
                    ("themes[]", waiting), ("more[]", medicines), ("sentiment", "negative"), ("quotable[]", "yes"),
                    ("mode", "check"),
                ])
            let codebook = try await staff.get(SiteURL.project(.value(projectID), .codebook).path).body.string
            #expect(codebook.contains("From 1 comment coded by two people"))

            // when a finding quotes it
            let finding = try await partner.post(
                SiteURL.project(.value(projectID), .findings).path,
                [
                    ("statement", "People going home wait hours for their medicines."), ("themes[]", waiting),
                ])
            let findingPath = try #require(finding.location)
            #expect(try await partner.get(findingPath).body.string.contains("I waited four hours"))
            #expect(
                try await partner.post("\(findingPath)/evidence", [("item", itemID.lowercasedString), ("quote", "yes")]).status
                    == .seeOther)
            let findingID = try #require(try await Finding.query(on: app.db).first()?.id)

            // and a recommendation rests on it, declined without a reason (refused), then agreed, updated, implemented
            let made = try await staff.post(
                SiteURL.project(.value(projectID), .recommendations).path,
                [
                    ("text", "Tell people in the morning when their medicines will be ready."),
                    ("findings[]", findingID.uuidString.lowercased()),
                    ("organisation", trust.id!.uuidString.lowercased()), ("priority", "high"),
                ])
            let recommendationPath = try #require(made.location)
            let declined = try await staff.post("\(recommendationPath)/status", [("status", "declined"), ("reason", "  ")])
            #expect(declined.status == .badRequest && declined.body.string.contains("Say why the recommendation is declined"))
            #expect(try await Recommendation.query(on: app.db).first()?.status == .proposed)
            #expect(try await staff.post("\(recommendationPath)/status", [("status", "agreed")]).status == .seeOther)
            #expect(
                try await staff.upload(
                    "\(recommendationPath)/updates", field: "file", fileName: "", contentType: "application/octet-stream",
                    data: [], fields: [("text", "Pharmacy rota changed"), ("link", "not a link")]
                ).status == .badRequest)
            #expect(
                try await staff.upload(
                    "\(recommendationPath)/updates", field: "file", fileName: "", contentType: "application/octet-stream",
                    data: [], fields: [("text", "Pharmacy rota changed"), ("link", "https://example.org/rota")]
                ).status == .seeOther)
            let noNote = try await staff.post("\(recommendationPath)/status", [("status", "implemented")])
            #expect(noNote.status == .badRequest && noNote.body.string.contains("Say what has been done"))
            let implemented = try await staff.post(
                "\(recommendationPath)/status",
                [
                    ("status", "implemented"), ("note", "Each ward now tells people by 10am when their medicines will be ready."),
                ])
            #expect(implemented.status == .seeOther)
            let recommendation = try #require(try await Recommendation.query(on: app.db).first())
            #expect(recommendation.status == .implemented && recommendation.reviewDueOn != nil)

            // then Jo has a message, and an email waits in the outbox
            let message = try #require(try await InboxMessage.query(on: app.db).filter(\.$person.$id == jo.requireID()).first())
            #expect(message.body.contains("Each ward now tells people by 10am"))
            #expect(try await OutboxEmail.query(on: app.db).first()?.toAddress == "jo@example.org")

            // and once published, the public page shows the change and the quote without personal data
            #expect(try await staff.post("\(recommendationPath)/publish", [("publish", "yes")]).status == .forbidden)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            // The made change offers publishing first; once published, the offer goes.
            #expect(try await coordinator.get(recommendationPath).body.string.contains("Publish on You said, we did"))
            #expect(try await coordinator.post("\(recommendationPath)/publish", [("publish", "yes")]).status == .seeOther)
            #expect(!(try await coordinator.get(recommendationPath).body.string.contains("Publish on You said, we did")))
            let publicPage = try await app.testing().sendRequest(.GET, SiteURL.youSaidWeDidProject(.value(projectID)).path)
            let html = publicPage.body.string
            #expect(
                publicPage.status == .ok && html.contains("Tell people in the morning") && html.contains("I waited four hours"))
            #expect(
                !html.contains("07700") && !html.contains("Jo Bloggs") && !html.contains("jo@example.org")
                    && html.contains("[phone]"))

            // and the comment's page shows what became of it
            let itemPage = try await partner.get(SiteURL.feedbackItem(.value(itemID)).path).body.string
            #expect(
                itemPage.contains("What became of it") && itemPage.contains("People going home wait hours")
                    && itemPage.contains("Tell people in the morning") && itemPage.contains("Implemented"))
        }
    }

    @Test func aQuoteIsShownOnceUnderTheFirstChangeItSupports() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let item = try await Fixtures.feedback("I sat on the ward for five hours", project: project, on: app.db)
            item.quotable = true
            try await item.save(on: app.db)
            let finding = Finding(projectID: project.id!, statement: "People wait", createdByID: nil)
            try await finding.create(on: app.db)
            try await FindingEvidence(findingID: finding.id!, itemID: item.id!, isQuote: true).create(on: app.db)
            for (text, status) in [
                ("Text people when ready", RecommendationStatus.agreed), ("Prepare the day before", .implemented),
            ] {
                let recommendation = Recommendation(
                    projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: text, priority: .medium, dueOn: nil)
                recommendation.status = status
                recommendation.isPublished = true
                try await recommendation.create(on: app.db)
                try await RecommendationFinding(recommendationID: recommendation.id!, findingID: finding.id!).create(on: app.db)
            }
            let page = try await TestBrowser(app).get(SiteURL.youSaidWeDidProject(.value(project.id!)).path).body.string
            #expect(page.components(separatedBy: "I sat on the ward for five hours").count == 2, "the quote once")
            let made = try #require(page.range(of: "Prepare the day before")),
                quote = try #require(page.range(of: "I sat on the ward")),
                agreed = try #require(page.range(of: "Text people when ready"))
            #expect(made.lowerBound < quote.lowerBound && quote.lowerBound < agreed.lowerBound, "under the change made")
        }
    }

    @Test func anOwnerIsFromTheTeamOrTheOrganisationThatActs() async throws {
        try await withTandem { app in
            let surgery = try await Fixtures.organisation("Abbey Road Surgery", kind: .gpPractice, on: app.db)
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let pharmacist = try await Fixtures.person("Helen Shaw", organisations: [trust], on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let finding = Finding(projectID: project.id!, statement: "People wait", createdByID: nil)
            try await finding.create(on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let path = SiteURL.project(.value(project.id!), .recommendations).path
            let page = try await coordinator.get(path).body.string
            #expect(page.contains("Helen Shaw (Northvale Hospitals)"))
            func propose(at organisation: Organisation) async throws -> TestingHTTPResponse {
                try await coordinator.post(
                    path,
                    [
                        ("text", "A pharmacist on every discharge"), ("findings[]", finding.id!.lowercasedString),
                        ("organisation", organisation.id!.lowercasedString), ("owner", pharmacist.id!.lowercasedString),
                        ("priority", "high"),
                    ])
            }
            let refused = try await propose(at: surgery)
            #expect(refused.status == .badRequest)
            #expect(
                refused.body.string.contains("Choose an owner from the project team or from Abbey Road Surgery&#39;s people")
                    || refused.body.string.contains("Choose an owner from the project team or from Abbey Road Surgery's people"))
            #expect(try await propose(at: trust).status == .seeOther)
            #expect(try await Recommendation.query(on: app.db).first()?.$owner.id == pharmacist.id)
        }
    }

    @Test func theActingOrganisationProposesANewDueDateAndTheCoordinatorAgreesIt() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let (coordinator, coordinatorUser) = try await Fixtures.signedIn(.coordinator, app: app)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            project.$projectManager.id = coordinatorUser.$person.id
            try await project.save(on: app.db)
            let recommendation = Recommendation(
                projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: "Print medicine lists",
                priority: .medium, dueOn: CalendarDate.startOfDay(Date()).addingTimeInterval(-5 * 86_400))
            recommendation.status = .agreed
            try await recommendation.create(on: app.db)
            let page = SiteURL.recommendation(.value(recommendation.id!)).path
            let action = SiteURL.recommendation(.value(recommendation.id!), .dueDate).path
            #expect(try await staff.get(page).body.string.contains("Propose a new due date"))

            let later = Calendar.utc.dateComponents([.day, .month, .year], from: Date().addingTimeInterval(30 * 86_400))
            let date = [
                ("new-due", String(later.day!)), ("new-due-month", String(later.month!)), ("new-due-year", String(later.year!)),
            ]
            let noReason = try await staff.post(action, [("action", "propose")] + date)
            #expect(noReason.status == .badRequest && noReason.body.string.contains("Say why more time is needed"))
            let proposed = try await staff.post(
                action, [("action", "propose"), ("due-why", "The printer arrives in March")] + date)
            #expect(proposed.status == .seeOther)
            #expect(try await InboxMessage.query(on: app.db).filter(\.$person.$id == coordinatorUser.$person.id).count() == 1)
            // Only the coordinator can agree it.
            #expect(try await staff.post(action, [("action", "agree")]).status == .forbidden)
            let shown = try await coordinator.get(page).body.string
            #expect(shown.contains("New due date proposed") && shown.contains("The printer arrives in March"))
            #expect(try await coordinator.post(action, [("action", "agree")]).status == .seeOther)
            let agreed = try #require(try await Recommendation.find(recommendation.id!, on: app.db))
            #expect(agreed.dueOn.map(CalendarDate.long) == CalendarDate.long(Date().addingTimeInterval(30 * 86_400)))
            #expect(agreed.proposedDueOn == nil)
            let updates = try await RecommendationUpdate.query(on: app.db).all().map(\.text)
            #expect(
                updates.contains { $0.hasPrefix("New due date proposed") }
                    && updates.contains { $0.hasPrefix("New due date agreed") })
            // No longer overdue, so nothing more to propose.
            #expect(try await staff.post(action, [("action", "propose"), ("due-why", "Again")] + date).status == .conflict)
        }
    }

    @Test func aNewRecommendationIsForTheProjectsPartnerUnlessAnotherIsChosen() async throws {
        try await withTandem { app in
            // A GP surgery comes first in the alphabet; the project's partner is the trust.
            try await Fixtures.organisation("Abbey Road Surgery", kind: .gpPractice, on: app.db)
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await coordinator.get(SiteURL.project(.value(project.id!), .recommendations).path).body.string
            #expect(page.contains("<option value=\"\(trust.id!.lowercasedString)\" selected=\"selected\">Northvale Hospitals"))
            #expect(!page.contains("selected=\"selected\">Abbey Road Surgery"))
        }
    }

    @Test func thePublicFindsYouSaidWeDidFromTheHomePageWithChangesMadeFirst() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            func publish(_ text: String, _ status: RecommendationStatus) async throws {
                let recommendation = Recommendation(
                    projectID: project.id!, organisationID: trust.id!, ownerID: nil, text: text, priority: .medium, dueOn: nil)
                recommendation.status = status
                recommendation.isPublished = true
                if status == .declined { recommendation.declineReason = "The car park belongs to the council" }
                try await recommendation.create(on: app.db)
            }
            try await publish("Free parking for people coming every week", .declined)
            try await publish("A pharmacist on the ward at discharge", .implemented)
            let visitor = TestBrowser(app)
            let home = try await visitor.get(SiteURL.home.path).body.string
            #expect(home.contains("href=\"\(SiteURL.youSaidWeDidIndex.path)\""))
            let index = try await visitor.get(SiteURL.youSaidWeDidIndex.path).body.string
            #expect(index.contains("Northvale Hospitals") && index.contains("1 change made of 2 published"))
            #expect(index.contains("href=\"\(SiteURL.youSaidWeDidProject(.value(project.id!)).path)\""))
            let found = try await visitor.get(SiteURL.youSaidWeDidIndex.path(query: [("q", "PHARMACIST")])).body.string
            #expect(found.contains("1 change mentions") && found.contains("A pharmacist on the ward"))
            #expect(!found.contains("Free parking"))
            let page = try await visitor.get(SiteURL.youSaidWeDidProject(.value(project.id!)).path).body.string
            let made = try #require(page.range(of: "A pharmacist on the ward")),
                declined = try #require(page.range(of: "Free parking"))
            #expect(made.lowerBound < declined.lowerBound, "changes made come first")
            #expect(page.components(separatedBy: "belongs to the council").count == 2, "the declined reason once")
            #expect(page.contains("href=\"\(SiteURL.youSaidWeDidIndex.path)\""))
        }
    }

    @Test func aCommentWithoutPublicationConsentCannotBeQuoted() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let privateComment = try await Fixtures.feedback(
                "The ward was noisy all night", project: project, scope: .team, on: app.db)
            privateComment.quotable = true
            try await privateComment.save(on: app.db)
            let themes = try await ProjectCodebook.themes(of: project.requireID(), on: app.db)
            let finding = try await coordinator.post(
                SiteURL.project(.value(project.id!), .findings).path,
                [
                    ("statement", "Wards are noisy at night."), ("themes[]", themes[0].id!.uuidString),
                ])
            let path = try #require(finding.location)
            // when it is added as a quote
            let refused = try await coordinator.post(
                "\(path)/evidence", [("item", privateComment.id!.uuidString), ("quote", "yes")])
            // then it is refused, with the reason
            #expect(refused.status == .badRequest && refused.body.string.contains("has not agreed to it being published"))
            #expect(try await FindingEvidence.query(on: app.db).count() == 0)
            // and a comment not marked quotable is refused too, though it may be published
            let unmarked = try await Fixtures.feedback("Lovely staff", project: project, scope: .public, on: app.db)
            let second = try await coordinator.post("\(path)/evidence", [("item", unmarked.id!.uuidString), ("quote", "yes")])
            #expect(second.status == .badRequest && second.body.string.contains("has not been marked as quotable"))
            // while both may support the finding without being quoted
            #expect(try await coordinator.post("\(path)/evidence", [("item", privateComment.id!.uuidString)]).status == .seeOther)
            #expect(try await FindingEvidence.query(on: app.db).first()?.isQuote == false)
        }
    }
}
