import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("The community's reach: make-up against a reference, involvement spread, small numbers hidden")
struct CommunityReachTests {
    @Test func theMakeUpCountsOnlyKeptAnswersHidesSmallNumbersAndShowsTheBusiestShare() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            var people: [Person] = []
            for index in 0..<12 {
                let person = try await Fixtures.person("Partner \(index)", roles: [.patientPartner], on: app.db)
                people.append(person)
                // Eleven keep their answers; the twelfth withdrew, so theirs are not counted.
                let consent = ConsentRecord(
                    personID: person.id!, purpose: .equalityMonitoring, howGiven: "Online", givenAt: Date(), recordedByID: nil)
                if index == 11 { consent.withdrawnAt = Date() }
                try await consent.save(.fixture, on: app.db)
                let answers = EqualityAnswers(personID: person.id!)
                answers.ethnicGroup = index < 9 ? "white_british" : index < 11 ? "black_african" : "asian_indian"
                try await answers.save(.fixture, on: app.db)
                // One person gives most of the hours.
                let claim = Claim(
                    personID: person.id!, day: Date().addingTimeInterval(-86_400 * Double(index + 1)), activity: "Meeting",
                    level: .standard, hours: index == 0 ? 12 : 1, preparationHours: 0)
                try await claim.create(on: app.db)
            }
            let page = try await coordinator.get(SiteURL.communityReach.path).body.string
            #expect(page.contains("England, Census 2021"))
            // 9 White, 2 Black (hidden), the withdrawn Asian answer not counted.
            #expect(page.contains(">11<") || page.contains("11</dd>"))
            #expect(page.contains("Hidden"))
            // 12 people gave 23 hours; the busiest 10% (2 people) gave 13 of them: 57%.
            #expect(page.contains("57%"))
            #expect(try await partner.get(SiteURL.communityReach.path).status == .forbidden)
            let icb = try await coordinator.get(SiteURL.communityReach.path(query: [("reference", "icb")])).body.string
            #expect(icb.contains("There is no reference population of this kind yet"))
        }
    }
}
