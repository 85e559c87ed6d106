import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Organisations")
struct OrganisationTests {
    @Test func anInvalidODSCodeGets400WithTheErrorSummaryKeepsWhatWasTypedAndSavesNothing() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.newOrganisation.path)
            let response = try await browser.post(
                SiteURL.organisations.path,
                [
                    ("name", "Northvale Hospitals"), ("kind", "nhs_trust"), ("ods-code", "R!1"), ("description", "Two hospitals"),
                ])
            #expect(response.status == .badRequest)
            let html = response.body.string
            #expect(html.contains("nhsuk-error-summary"))
            #expect(html.contains(##"<a href="#ods-code">ODS code must only include letters A to Z and numbers"##))
            #expect(html.contains("nhsuk-form-group--error"))
            #expect(html.contains(#"value="Northvale Hospitals""#))
            #expect(html.contains("Two hospitals"))
            #expect(try await Organisation.query(on: app.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$recordType == "organisation").count() == 0)
        }
    }

    @Test func aValidOrganisationIsSavedAuditedAndShown() async throws {
        try await withTandem { app in
            let (browser, user) = try await Fixtures.signedIn(.coordinator, app: app)
            try await browser.get(SiteURL.newOrganisation.path)
            let response = try await browser.post(
                SiteURL.organisations.path, [("name", "Northvale Hospitals"), ("kind", "nhs_trust"), ("ods-code", "zz1")])
            #expect(response.status == .seeOther)
            let organisation = try #require(try await Organisation.query(on: app.db).first())
            #expect(organisation.odsCode == "ZZ1")
            #expect(response.location == SiteURL.organisation(.value(organisation.id!)).path)
            let page = try await browser.get(response.location!)
            #expect(page.body.string.contains("Northvale Hospitals added"))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$recordType == "organisation").first())
            #expect(entry.action == "created" && entry.recordType == "organisation" && entry.$actor.id == user.$person.id)
            #expect(entry.fields.contains("ods_code") && entry.fields.contains("name"))
        }
    }

    @Test func odsCodesAreUnique() async throws {
        try await withTandem { app in
            try await Fixtures.organisation("First Trust", ods: "ZZ1", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            try await browser.get(SiteURL.newOrganisation.path)
            let response = try await browser.post(
                SiteURL.organisations.path, [("name", "Second Trust"), ("kind", "nhs_trust"), ("ods-code", "ZZ1")])
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("ODS code ZZ1 is already used by First Trust"))
        }
    }

    @Test func parentsFollowTheNHSStructureAndCannotMakeACycle() async throws {
        try await withTandem { app in
            let icb = try await Fixtures.organisation("Northvale ICB", kind: .icb, on: app.db)
            let pcn = try await Fixtures.organisation("Riverside PCN", kind: .pcn, parent: icb.id, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            try await browser.get(SiteURL.newOrganisation.path)
            let underICB = try await browser.post(
                SiteURL.organisations.path,
                [
                    ("name", "Oak Surgery"), ("kind", "gp_practice"),
                    ("parent", icb.id!.uuidString),
                ])
            #expect(underICB.status == .badRequest)
            #expect(underICB.body.string.contains("A GP practice can only sit under a PCN"))
            let underPCN = try await browser.post(
                SiteURL.organisations.path,
                [
                    ("name", "Oak Surgery"), ("kind", "gp_practice"),
                    ("parent", pcn.id!.uuidString),
                ])
            #expect(underPCN.status == .seeOther)
            // The ICB cannot be moved under anything, and a charity cannot sit under its own group.
            let charity = try await Fixtures.organisation("Patients Together", kind: .charity, on: app.db)
            let group = try await Fixtures.organisation("Friends group", kind: .voluntaryGroup, parent: charity.id, on: app.db)
            try await browser.get(SiteURL.organisation(.value(charity.id!), .edit).path)
            let cycle = try await browser.post(
                SiteURL.organisation(.value(charity.id!), .edit).path,
                [
                    ("name", "Patients Together"), ("kind", "charity"),
                    ("parent", group.id!.uuidString),
                ])
            #expect(cycle.status == .badRequest)
            #expect(cycle.body.string.contains("cannot sit under itself"))
        }
    }

    @Test func theListSearchesFiltersByKindAndPagesBy25() async throws {
        try await withTandem { app in
            for index in 1...30 {
                try await Fixtures.organisation(String(format: "Practice %02d", index), kind: .gpPractice, on: app.db)
            }
            try await Fixtures.organisation("Northvale Hospitals", kind: .nhsTrust, ods: "ZZA", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let first = try await browser.get(SiteURL.organisations.path)
            #expect(first.body.string.contains("Showing 1 to 25 of 31 organisations"))
            #expect(first.body.string.contains("page=2"))
            let second = try await browser.get(SiteURL.organisations.path + "?page=2")
            #expect(second.body.string.contains("Showing 26 to 31 of 31 organisations"))
            let search = try await browser.get(SiteURL.organisations.path + "?q=zza")
            #expect(search.body.string.contains("Northvale Hospitals") && !search.body.string.contains("Practice 01"))
            let kind = try await browser.get(SiteURL.organisations.path + "?kind=nhs_trust")
            #expect(kind.body.string.contains("Showing 1 to 1 of 1 organisations"))
            let none = try await browser.get(SiteURL.organisations.path + "?q=nothing-matches")
            #expect(none.body.string.contains("No organisations match your search"))
        }
    }

    @Test func aReferencedOrganisationIsArchivedAndAnUnreferencedOneIsDeleted() async throws {
        try await withTandem { app in
            let used = try await Fixtures.organisation("Used Trust", on: app.db)
            try await Fixtures.person("Pat", organisations: [used], on: app.db)
            let unused = try await Fixtures.organisation("Unused Trust", on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)

            let confirm = try await browser.get(SiteURL.organisation(.value(used.id!), .remove).path)
            #expect(confirm.body.string.contains("1 person is linked to it"))
            let archiving = try await browser.post(SiteURL.organisation(.value(used.id!), .remove).path)
            #expect(archiving.status == .seeOther)
            #expect(try await browser.get(archiving.location!).body.string.contains("Used Trust archived"))
            let archived = try #require(try await Organisation.find(used.id, on: app.db))
            #expect(archived.isArchived)
            #expect(!(try await browser.get(SiteURL.organisations.path).body.string.contains("Used Trust")))
            #expect(try await browser.get(SiteURL.organisations.path + "?archived=1").body.string.contains("Used Trust"))

            try await browser.get(SiteURL.organisation(.value(unused.id!), .remove).path)
            #expect(try await browser.post(SiteURL.organisation(.value(unused.id!), .remove).path).status == .seeOther)
            #expect(try await Organisation.find(unused.id, on: app.db) == nil)

            try await browser.get(SiteURL.organisation(.value(used.id!)).path)
            #expect(try await browser.post(SiteURL.organisation(.value(used.id!), .restore).path).status == .seeOther)
            #expect(try await Organisation.find(used.id, on: app.db)?.isArchived == false)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$recordType == "organisation").sort(\.$at).all().map(
                \.action)
            #expect(actions == ["archived", "deleted", "restored"])
        }
    }

    @Test func membershipStatusIsShownAndOnlyAdminsChangeIt() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await coordinator.get(SiteURL.organisation(.value(trust.id!), .membership).path).status == .forbidden)

            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            try await admin.get(SiteURL.organisation(.value(trust.id!), .membership).path)
            let year = Calendar.utc.component(.year, from: Date())
            let bad = try await admin.post(
                SiteURL.organisation(.value(trust.id!), .membership).path,
                [
                    ("tier", "standard"), ("starts-day", "1"), ("starts-month", "4"), ("starts-year", String(year - 1)),
                    ("renews-day", "31"), ("renews-month", "2"), ("renews-year", String(year + 1)),
                ])
            #expect(bad.status == .badRequest && bad.body.string.contains("Renewal date must be a real date"))
            let soon = Date().addingTimeInterval(30 * 86_400)
            let parts = CalendarDate.parts(of: soon)
            let good = try await admin.post(
                SiteURL.organisation(.value(trust.id!), .membership).path,
                [
                    ("tier", "standard"), ("starts-day", "1"), ("starts-month", "4"), ("starts-year", String(year - 1)),
                    ("renews-day", parts.day), ("renews-month", parts.month), ("renews-year", parts.year),
                ])
            #expect(good.status == .seeOther)
            let page = try await coordinator.get(SiteURL.organisation(.value(trust.id!)).path)
            #expect(page.body.string.contains("Due for renewal"))
        }
    }
}
