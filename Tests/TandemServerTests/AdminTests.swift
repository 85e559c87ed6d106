import Fluent
import Foundation
import SQLKit
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Accounts, audit log and demo data")
struct AdminTests {
    @Test func adminsCreateAccountsThatCanSignIn() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Trust", on: app.db)
            let person = try await Fixtures.person("Sam Staff", email: "sam@example.org", organisations: [trust], on: app.db)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let form = try await admin.get(SiteURL.newUser.path + "?person=\(person.id!)")
            #expect(form.body.string.contains(#"value="sam@example.org""#))
            // No password is typed for anyone: the person is invited to choose their own.
            #expect(!form.body.string.contains("type=\"password\""))
            let created = try await admin.post(
                SiteURL.users.path,
                [
                    ("person", person.id!.uuidString), ("email", "sam@example.org"), ("role", "staff"),
                    ("organisation", trust.id!.uuidString),
                ])
            #expect(created.status == .seeOther)
            let sam = TestBrowser(app)
            let link = try await PasswordLinkTests.linkInOutbox(to: "sam@example.org", on: app.db)
            #expect(try await sam.get(link).body.string.contains("Choose your password"))
            let short = try await sam.post(link, [("password", "short"), ("password-confirmation", "short")])
            #expect(short.status == .badRequest && short.body.string.contains("Password must be 12 characters or more"))
            let chosen = try await sam.post(
                link, [("password", "a long pass phrase"), ("password-confirmation", "a long pass phrase")])
            #expect(chosen.status == .seeOther && chosen.location == SiteURL.signIn.path)
            #expect(try await sam.signIn("sam@example.org", password: "a long pass phrase").status == .seeOther)
            // Created by the admin, then the password chosen by Sam: both in the log, neither with a password's value.
            let entries = try await AuditEntry.query(on: app.db).filter(\.$recordType == "user").sort(\.$at).all()
            #expect(entries.map(\.action) == [AuditAction.created.rawValue, AuditAction.updated.rawValue])
            #expect(entries.last?.fields == ["password"] && entries.last?.$actor.id == person.id)
        }
    }

    @Test func staffAccountsNeedAnOrganisationAndAdminsCannotLockThemselvesOut() async throws {
        try await withTandem { app in
            let person = try await Fixtures.person("Sam", on: app.db)
            let (admin, me) = try await Fixtures.signedIn(.admin, app: app)
            try await admin.get(SiteURL.newUser.path)
            let noOrganisation = try await admin.post(
                SiteURL.users.path,
                [
                    ("person", person.id!.uuidString), ("email", "sam@example.org"), ("role", "staff"),
                ])
            #expect(noOrganisation.body.string.contains("Select the organisation this member of staff works for"))
            try await admin.get(SiteURL.editUser(.value(me.id!)).path)
            let demote = try await admin.post(
                SiteURL.editUser(.value(me.id!)).path, [("email", me.email), ("role", "partner"), ("active", "yes")])
            #expect(demote.status == .badRequest)
            #expect(try await User.find(me.id, on: app.db)?.role == .admin)
        }
    }

    @Test func suspendingAnAccountEndsItsSessionsAtOnce() async throws {
        try await withTandem { app in
            let (partner, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            try await admin.get(SiteURL.editUser(.value(partnerUser.id!)).path)
            let response = try await admin.post(
                SiteURL.editUser(.value(partnerUser.id!)).path,
                [
                    ("email", partnerUser.email), ("role", "partner"), ("active", "no"),
                ])
            #expect(response.status == .seeOther)
            #expect(try await partner.get(SiteURL.home.path).body.string.contains("Sign in"))
        }
    }

    @Test func theAuditLogFiltersByWhoTypeAndDate() async throws {
        try await withTandem { app in
            let (coordinator, user) = try await Fixtures.signedIn(.coordinator, app: app)
            try await coordinator.get(SiteURL.newOrganisation.path)
            try await coordinator.post(SiteURL.organisations.path, [("name", "Audited Trust"), ("kind", "nhs_trust")])
            try await Audit.record(.created, .person, id: UUID(), label: "Command-line person", by: .commandLine, on: app.db)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let byCoordinator = try await admin.get(SiteURL.auditLog.path + "?actor=\(user.$person.id)")
            #expect(
                byCoordinator.body.string.contains("Audited Trust") && !byCoordinator.body.string.contains("Command-line person"))
            let people = try await admin.get(SiteURL.auditLog.path + "?type=person")
            #expect(people.body.string.contains("Command-line person") && !people.body.string.contains("Audited Trust"))
            let future = try await admin.get(SiteURL.auditLog.path + "?from=2999-01-01")
            #expect(future.body.string.contains("No changes match these filters"))
            let bad = try await admin.get(SiteURL.auditLog.path + "?from=yesterday")
            #expect(bad.body.string.contains("Enter a date, like 2026-11-21"))
        }
    }

    @Test func demoDataHasTheAgreedShapeAndOneSignInPerRole() async throws {
        try await withTandem { app in
            let summary = try await DemoGenerator(scale: 1, passwordHash: try Bcrypt.hash(Fixtures.password, cost: 4)).load(
                on: app.db)
            #expect(summary.organisations == 19)
            #expect((55...65).contains(summary.people))
            #expect(try await Organisation.query(on: app.db).filter(\.$kind == .pcn).count() == 3)
            #expect(try await Organisation.query(on: app.db).filter(\.$kind == .gpPractice).count() == 12)
            #expect(try await Organisation.query(on: app.db).filter(\.$isDemo == false).count() == 0)
            // PPGs at every status, with populations, and health checks for four quarters each.
            let ppgs = try await PPG.query(on: app.db).all()
            #expect(ppgs.count == 10 && Set(ppgs.map(\.status)) == Set(PPGStatus.allCases))
            #expect(try await RegisteredPopulation.query(on: app.db).count() == 12)
            #expect(try await PPGHealthCheck.query(on: app.db).count() == 40)
            #expect(try await PPGAssessment.query(on: app.db).count() == 18)
            #expect(
                try await PPGBuddyPair.query(on: app.db).all().map(\.status).sorted { $0.rawValue < $1.rawValue } == [
                    .active, .proposed,
                ])
            // The Check and Challenge group publishes its older approved minutes; its chair has a certificate.
            #expect(try await GroupMeeting.query(on: app.db).filter(\.$published == true).count() == 4)
            #expect(
                try await GroupMeeting.query(on: app.db).filter(\.$published == true).all()
                    .allSatisfy { $0.minutesStatus == .approved })
            #expect(try await ContributionCertificate.query(on: app.db).count() == 1)
            // Claims at every status, the focus group's with a parking receipt on file.
            #expect(Set(try await Claim.query(on: app.db).all().map(\.status)) == Set(ClaimStatus.allCases))
            let receipts = try await ClaimExpense.query(on: app.db).filter(\.$receiptFile != nil).all()
            #expect(receipts.count == 25 && receipts.allSatisfy { $0.kind == .parking })
            if TestDatabase.postgresURL == nil {
                // The search index is left in one piece, as quick to search as it can be (`FeedbackSearchIndex.tidy`).
                #expect(
                    try await (app.db as! any SQLDatabase).raw("SELECT COUNT(DISTINCT segid) AS n FROM feedback_fts_idx")
                        .first(decodingColumn: "n", as: Int.self) == 1)
            }
            for email in DemoGenerator.accountEmails {
                let browser = TestBrowser(app)
                #expect(try await browser.signIn(email).status == .seeOther, "\(email)")
            }
            let staff = try #require(
                try await User.query(on: app.db).filter(\.$email == "staff@demo.example.org").with(\.$organisation).first())
            #expect(staff.organisation?.name == "Northvale Hospitals NHS Foundation Trust")
            let staff2 = try #require(
                try await User.query(on: app.db).filter(\.$email == "staff2@demo.example.org").with(\.$organisation).first())
            #expect(staff2.organisation?.name == "Northvale Community Health NHS Trust")
        }
    }

    @Test func demoDataIsTheSameEveryTime() async throws {
        let names = { () async throws -> [String] in
            try await withTandem { app in
                _ = try await DemoGenerator(scale: 1, passwordHash: "x").load(on: app.db)
                return try await Person.query(on: app.db).sort(\.$name).all().map(\.name)
            }
        }
        #expect(try await names() == (try await names()))
    }
}
