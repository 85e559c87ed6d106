import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

/// Invitations and password resets, end to end: the link is read from the outbox, as the
/// person would read it from their email.
@Suite("Choosing one's own password by link")
struct PasswordLinkTests {
    /// The path of the newest password link emailed to `address`.
    static func linkInOutbox(to address: String, on db: any Database) async throws -> String {
        let email = try #require(
            try await OutboxEmail.query(on: db).filter(\.$toAddress == address).sort(\.$createdAt, .descending).first(),
            "no email to \(address)")
        let line = try #require(email.body.split(separator: "\n").first { $0.contains("/password/") })
        let path = try #require(line.range(of: "/password/").map { String(line[$0.lowerBound...]) })
        return path.trimmingCharacters(in: .whitespaces)
    }

    @Test func aForgottenPasswordIsResetByALinkThatWorksOnce() async throws {
        try await withTandem { app in
            let user = try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let ann = TestBrowser(app)
            #expect(try await ann.get(SiteURL.signIn.path).body.string.contains(SiteURL.forgotPassword.path))
            try await ann.get(SiteURL.forgotPassword.path)
            let asked = try await ann.post(SiteURL.forgotPassword.path, [("email", "ANN@example.org")])
            #expect(asked.status == .ok && asked.body.string.contains("Check your email"))
            let link = try await Self.linkInOutbox(to: "ann@example.org", on: app.db)
            try await ann.get(link)
            let saved = try await ann.post(
                link, [("password", "three plain words"), ("password-confirmation", "three plain words")])
            #expect(saved.status == .seeOther)
            #expect(try await TestBrowser(app).signIn("ann@example.org", password: "three plain words").status == .seeOther)
            #expect(try await TestBrowser(app).signIn("ann@example.org").status == .unauthorized)
            // Used once, it opens nothing.
            let again = try await TestBrowser(app).get(link)
            #expect(again.status == .gone && again.body.string.contains("already been used"))
            #expect(try await AccountLink.query(on: app.db).filter(\.$user.$id == user.id!).first()?.usedAt != nil)
        }
    }

    @Test func anExpiredLinkIsRefusedAndAskingAgainSoonSendsNothingMore() async throws {
        try await withTandem { app in
            _ = try await Fixtures.user("bob@example.org", role: .partner, on: app.db)
            let bob = TestBrowser(app)
            try await bob.get(SiteURL.forgotPassword.path)
            try await bob.post(SiteURL.forgotPassword.path, [("email", "bob@example.org")])
            // A second request within minutes sends no second email.
            try await bob.post(SiteURL.forgotPassword.path, [("email", "bob@example.org")])
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "bob@example.org").count() == 1)
            let link = try await Self.linkInOutbox(to: "bob@example.org", on: app.db)
            let stored = try #require(try await AccountLink.query(on: app.db).first())
            stored.expiresAt = Date().addingTimeInterval(-60)
            try await stored.save(on: app.db)
            let expired = try await bob.get(link)
            #expect(expired.status == .gone && expired.body.string.contains("It has expired"))
            try await bob.get(SiteURL.forgotPassword.path)
            let refused = try await bob.post(
                link, [("password", "three plain words"), ("password-confirmation", "three plain words")])
            #expect(refused.status == .gone)
            #expect(try await TestBrowser(app).signIn("bob@example.org").status == .seeOther)
        }
    }

    @Test func anAddressWithoutAnAccountGetsTheSameAnswerAndNoEmail() async throws {
        try await withTandem { app in
            let visitor = TestBrowser(app)
            try await visitor.get(SiteURL.forgotPassword.path)
            let answer = try await visitor.post(SiteURL.forgotPassword.path, [("email", "nobody@example.org")])
            #expect(answer.status == .ok && answer.body.string.contains("If that address has a Tandem account"))
            #expect(try await OutboxEmail.query(on: app.db).count() == 0)
            let malformed = try await visitor.post(SiteURL.forgotPassword.path, [("email", "not an address")])
            #expect(malformed.status == .badRequest)
        }
    }

    @Test func anAdminSendsALinkInsteadOfTypingAPassword() async throws {
        try await withTandem { app in
            let user = try await Fixtures.user("cat@example.org", role: .staff, on: app.db)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let edit = try await admin.get(SiteURL.editUser(.value(user.id!)).path).body.string
            #expect(!edit.contains("type=\"password\"") && edit.contains("Send a link to choose a new password"))
            let sent = try await admin.post(SiteURL.sendPasswordLink(.value(user.id!)).path)
            #expect(sent.status == .seeOther)
            let link = try await Self.linkInOutbox(to: "cat@example.org", on: app.db)
            #expect(try await TestBrowser(app).get(link).body.string.contains("Choose a new password"))
            // Only admins may send one.
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            try await coordinator.get(SiteURL.home.path)
            #expect(try await coordinator.post(SiteURL.sendPasswordLink(.value(user.id!)).path).status == .forbidden)
        }
    }
}
