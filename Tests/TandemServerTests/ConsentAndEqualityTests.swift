import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Consent and equality monitoring")
struct ConsentAndEqualityTests {
    @Test func aCoordinatorRecordsConsentAndItShowsAsHistory() async throws {
        try await withTandem { app in
            let person = try await Fixtures.person("Pat", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.person(.value(person.id!), .consent).path)
            let missing = try await browser.post(SiteURL.person(.value(person.id!), .consent).path, [("purposes[]", "contact")])
            #expect(missing.status == .badRequest && missing.body.string.contains("Select how consent was given"))
            let response = try await browser.post(
                SiteURL.person(.value(person.id!), .consent).path,
                [
                    ("purposes[]", "contact"), ("purposes[]", "quotes_anonymous"), ("how", "On a paper form"),
                    ("given-day", "2"), ("given-month", "3"), ("given-year", "2026"),
                ])
            #expect(response.status == .seeOther)
            let records = try await ConsentRecord.query(on: app.db).all()
            #expect(records.count == 2 && records.allSatisfy { $0.howGiven == "On a paper form" && $0.isActive })
            let page = try await browser.get(SiteURL.person(.value(person.id!), .consent).path)
            #expect(page.body.string.contains("2 March 2026, on a paper form"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "consent_given").count() == 2)
        }
    }

    @Test func withdrawingConsentTakesEffectAtOnceAndDeletesEqualityAnswers() async throws {
        try await withTandem { app in
            // given: a partner who consented and answered
            let (browser, user) = try await Fixtures.signedIn(.partner, app: app)
            let me = user.$person.id
            try await browser.get(SiteURL.person(.value(me), .consent).path)
            #expect(
                try await browser.post(SiteURL.person(.value(me), .consent).path, [("purposes[]", "equality_monitoring")]).status
                    == .seeOther)
            try await browser.get(SiteURL.person(.value(me), .equality).path)
            let saved = try await browser.post(
                SiteURL.person(.value(me), .equality).path, [("age_band", "45_54"), ("ethnic_group", "black_caribbean")])
            #expect(saved.status == .seeOther)
            #expect(try await EqualityAnswers.query(on: app.db).first()?.ethnicGroup == "black_caribbean")
            let auditOfAnswers = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == "equality_answers").first())
            #expect(auditOfAnswers.fields == ["age_band", "ethnic_group"], "field names only, never the answers")

            // when: consent is withdrawn
            let record = try #require(try await ConsentRecord.query(on: app.db).first())
            try await browser.get(SiteURL.person(.value(me), .consent).path)
            let withdrawn = try await browser.post(SiteURL.person(.value(me), .withdrawConsent(.value(record.id!))).path)

            // then: at once, the answers are gone and no more are accepted
            #expect(withdrawn.status == .seeOther)
            #expect(try await ConsentRecord.find(record.id, on: app.db)?.withdrawnAt != nil)
            #expect(try await EqualityAnswers.query(on: app.db).count() == 0)
            try await browser.get(SiteURL.person(.value(me), .equality).path)
            let refused = try await browser.post(SiteURL.person(.value(me), .equality).path, [("age_band", "45_54")])
            #expect(refused.status == .badRequest)
            #expect(try await EqualityAnswers.query(on: app.db).count() == 0)
        }
    }

    @Test func equalityAnswersAreNeverShownPerPersonToCoordinatorsOrStaff() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Trust", on: app.db)
            let person = try await Fixtures.person("Pat", organisations: [trust], on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let (staff, _) = try await Fixtures.signedIn(.staff, organisation: trust, app: app)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            // They may see the person, so the page answers 403 rather than hiding that the person exists.
            let equality = SiteURL.person(.value(person.id!), .equality).path
            #expect(try await coordinator.get(equality).status == .forbidden)
            #expect(try await staff.get(equality).status == .forbidden)
            #expect(try await admin.get(equality).status == .ok)
        }
    }

    @Test func theSummaryHidesGroupsSmallerThanFive() async throws {
        try await withTandem { app in
            for index in 0..<15 {
                let person = try await Fixtures.person("Person \(index)", on: app.db)
                let answers = EqualityAnswers(personID: person.id!)
                answers.ageBand = index < 10 ? "65_74" : (index < 13 ? "25_34" : "35_44")
                try await answers.save(.fixture, on: app.db)
            }
            let model = try await EqualityController.summaryModel(on: app.db)
            #expect(model.respondents == 15)
            let ages = try #require(model.tables.first)
            #expect(ages.rows.first { $0.label == "65 to 74" }?.cell == .count(10))
            #expect(ages.rows.first { $0.label == "25 to 34" }?.cell.isHidden == true)
            #expect(ages.rows.first { $0.label == "35 to 44" }?.cell.isHidden == true)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await browser.get(SiteURL.equalitySummary.path)
            #expect(page.body.string.contains("fewer than 5"))
        }
    }
}
