import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Settling coders' disagreements")
struct DisagreementTests {
    @Test func twoCodingsAreShownSideBySideAndTheAgreedOneIsWhatTheTeamCounts() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (_, staffUser) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let maggie = try await Fixtures.person(of: partnerUser, on: app.db)
            let dan = try await Fixtures.person(of: staffUser, on: app.db)
            let project = try await Fixtures.project(
                organisation: trust, team: [(maggie, .patientPartner), (dan, .staffLead)], on: app.db)
            let projectID = project.id!
            let themes = try await ProjectCodebook.themes(of: projectID, on: app.db)
            let waiting = try #require(themes.first { $0.key == "waiting" }).id!
            let medicines = try #require(themes.first { $0.key == "medication" }).id!
            let item = try await Fixtures.feedback("I waited five hours for my tablets", project: project, on: app.db)
            for (coder, given) in [(maggie, [waiting, medicines]), (dan, [waiting])] {
                for theme in given {
                    try await Coding(
                        projectID: projectID, itemID: item.id!, themeID: theme, coderID: coder.id!, suggestedBy: nil,
                        confidence: nil
                    ).create(on: app.db)
                }
                try await ItemReview(
                    projectID: projectID, itemID: item.id!, coderID: coder.id!, sentiment: .negative, quotable: false
                ).create(on: app.db)
            }

            // The list shows what both gave and what only one gave.
            let list = try await partner.get(SiteURL.project(.value(projectID), .disagreements).path).body.string
            #expect(list.contains("1 comment to agree") && list.contains("I waited five hours for my tablets"))
            #expect(list.contains("Waiting and delays") && list.contains(SiteURL.feedbackItem(.value(item.id!), .settle).path))

            // Side by side, with each person's name, and the shared theme already ticked.
            let settlePath = SiteURL.feedbackItem(.value(item.id!), .settle).path
            let page = try await partner.get(settlePath).body.string
            #expect(page.contains("What each person chose") && page.contains(">You<") && page.contains(dan.displayName))
            #expect(page.contains("value=\"\(waiting.lowercasedString)\" checked"))

            // Nothing ticked is refused with a reason, and a theme nobody gave is refused.
            let empty = try await partner.post(settlePath, [("sentiment", "negative")])
            #expect(empty.status == .badRequest && empty.body.string.contains("Choose at least one theme for the agreed coding"))
            let themeOf = { (id: UUID) in ("themes[]", id.lowercasedString) }
            let parking = try #require(themes.first { $0.key != "waiting" && $0.key != "medication" }).id!
            let stranger = try await partner.post(settlePath, [themeOf(parking), ("sentiment", "negative")])
            #expect(stranger.status == .badRequest)

            // Agreed: waiting only.
            let agreed = try await partner.post(
                settlePath, [themeOf(waiting), ("sentiment", "negative"), ("note", "It is about the wait")])
            #expect(agreed.status == .seeOther && agreed.location == SiteURL.project(.value(projectID), .disagreements).path)
            let setAside = try await Coding.query(on: app.db).filter(\.$item.$id == item.id!).filter(\.$setAside == true).all()
            #expect(setAside.count == 1 && setAside[0].$theme.id == medicines)
            let after = try await partner.get(SiteURL.project(.value(projectID), .disagreements).path).body.string
            #expect(after.contains("No disagreements to settle"))

            // The theme overview and the evidence library count the agreed coding ...
            let overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: .service, on: app.db)
            #expect(overview.themes.map(\.name) == ["Waiting and delays"])
            let filtered = try await partner.get(ThemeOverviewPage.comments(projectID, theme: medicines)).body.string
            #expect(!filtered.contains("I waited five hours"))
            // ... while agreement between coders is still measured on what each chose.
            let agreement = try await CoderAgreement.rows(projectID: projectID, themes: themes, on: app.db)
            #expect(agreement.rows.first { $0.theme == "Medicines" }?.agreement.observed == 0)
            // The decision is in the audit log.
            let entry = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.codingDecision.rawValue).first())
            #expect(entry.$actor.id == maggie.id && entry.recordID == item.id)

            // A coder who changes their mind reopens it.
            _ = try await partner.get(SiteURL.feedbackItem(.value(item.id!), .code).path)
            let recoded = try await partner.post(
                SiteURL.feedbackItem(.value(item.id!), .code).path,
                [("themes", waiting.lowercasedString), ("themes", medicines.lowercasedString), ("sentiment", "positive")])
            #expect(recoded.status == .seeOther)
            #expect(try await CodingSettlement.query(on: app.db).count() == 0)
            #expect(try await Coding.query(on: app.db).filter(\.$setAside == true).count() == 0)
        }
    }
}

@Suite("The coding screen: saved in one line, undo, today's count")
struct CodingScreenTests {
    @Test func savingInTheQueueSaysSoOnTheNextCommentAndCanBeUndone() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (partner, user) = try await Fixtures.signedIn(.partner, app: app)
            let maggie = try await Fixtures.person(of: user, on: app.db)
            let project = try await Fixtures.project(organisation: trust, team: [(maggie, .patientPartner)], on: app.db)
            let first = try await Fixtures.feedback("I waited five hours for my tablets", project: project, on: app.db)
            try await Fixtures.feedback("The nurse was kind", project: project, on: app.db)
            let themes = try await ProjectCodebook.themes(of: project.id!, on: app.db)
            let waiting = try #require(themes.first { $0.key == "waiting" }).id!

            let code = SiteURL.feedbackItem(.value(first.id!), .code).path
            _ = try await partner.get(code + "?mode=new")
            let saved = try await partner.post(
                code, [("themes", waiting.lowercasedString), ("sentiment", "negative"), ("mode", "new"), ("skip", "")])
            let next = try #require(saved.location)
            #expect(next.contains("saved=\(first.id!.lowercasedString)"))
            let onward = try await partner.get(next)
            let page = try await partner.get(try #require(onward.location)).body.string
            #expect(page.contains("Coding saved.") && page.contains("You have coded 1 comment today."))
            #expect(page.contains(SiteURL.feedbackItem(.value(first.id!), .undoCoding).path))

            let undone = try await partner.post(SiteURL.feedbackItem(.value(first.id!), .undoCoding).path, [("mode", "new")])
            #expect(undone.location?.hasPrefix(code) == true)
            #expect(try await ItemReview.query(on: app.db).count() == 0)
            #expect(try await Coding.query(on: app.db).count() == 0)
            #expect(try await FeedbackItem.find(first.id!, on: app.db)?.codedAt == nil)
            // A "saved" for a comment this person has not coded is not believed.
            let made = try await partner.get(code + "?mode=new&saved=\(first.id!.lowercasedString)").body.string
            #expect(!made.contains("Coding saved."))
        }
    }
}
