import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("A finding's comments: search, pages, several at once")
struct FindingTests {
    @Test func commentsAreSearchedPagedAndAddedOrTakenOffSeveralAtOnce() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, user) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: user, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let themes = try await ProjectCodebook.themes(of: project.id!, on: app.db)
            let waiting = try #require(themes.first { $0.key == "waiting" }).id!
            var items: [FeedbackItem] = []
            for number in 1...30 {
                let text = number == 7 ? "The trolley never came" : "I waited \(number) hours for my tablets"
                let item = try await Fixtures.feedback(text, project: project, on: app.db)
                try await Coding(
                    projectID: project.id!, itemID: item.id!, themeID: waiting, coderID: maggie.id!, suggestedBy: nil,
                    confidence: nil
                ).create(on: app.db)
                items.append(item)
            }
            let finding = Finding(projectID: project.id!, statement: "People wait for their tablets", createdByID: nil)
            try await finding.create(on: app.db)
            try await FindingTheme(findingID: finding.id!, themeID: waiting).create(on: app.db)
            let path = SiteURL.finding(.value(finding.id!)).path

            // Candidates come 25 to a page and can be searched.
            let first = try await partner.get(path).body.string
            #expect(first.contains("Showing 1 to 25 of 30 comments") && first.contains("Add the ticked comments as evidence"))
            let searched = try await partner.get(path + "?cq=trolley").body.string
            #expect(searched.contains("The trolley never came") && !searched.contains("I waited 3 hours"))

            // Several added at once.
            let ticked = items.prefix(27).map { ("items[]", $0.id!.lowercasedString) }
            let added = try await partner.post(SiteURL.finding(.value(finding.id!), .evidence).path, ticked)
            #expect(added.status == .seeOther)
            #expect(try await FindingEvidence.query(on: app.db).count() == 27)
            let after = try await partner.get(path).body.string
            #expect(after.contains("Showing 1 to 25 of 27 comments") && after.contains("Showing 1 to 3 of 3 comments"))
            // Its own comments are searched too.
            let own = try await partner.get(path + "?q=trolley").body.string
            #expect(own.contains("The trolley never came") && !own.contains("I waited 3 hours"))

            // Several taken off at once; a link of another finding is not touched.
            let links = try await FindingEvidence.query(on: app.db).limit(5).all()
            let removed = try await partner.post(
                SiteURL.finding(.value(finding.id!), .removeSeveral).path,
                links.map { ("links[]", $0.id!.lowercasedString) } + [("links[]", UUID().uuidString)])
            #expect(removed.status == .seeOther)
            #expect(try await FindingEvidence.query(on: app.db).count() == 22)
        }
    }
}
