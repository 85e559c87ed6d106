import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Signing in, sessions and throttling")
struct SignInTests {
    @Test func signingInRotatesTheSessionAndSetsSafeCookies() async throws {
        try await withTandem { app in
            // given
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let browser = TestBrowser(app)
            let form = try await browser.get(SiteURL.signIn.path)
            let cookieHeader = try #require(form.headers[.setCookie].first)
            #expect(
                cookieHeader.contains("HttpOnly") && cookieHeader.contains("SameSite=Lax") && !cookieHeader.contains("Secure"))
            let anonymousCookie = browser.cookie
            // when
            let response = try await browser.post(
                SiteURL.signIn.path, [("email", "ANN@example.org "), ("password", Fixtures.password)])
            // then
            #expect(response.status == .seeOther)
            #expect(response.location == SiteURL.home.path)
            #expect(browser.cookie != nil && browser.cookie != anonymousCookie)
            let sessions = try await UserSession.query(on: app.db).all()
            #expect(sessions.count == 1, "the anonymous session is replaced, not kept")
            #expect(sessions[0].$user.id != nil)
            #expect(sessions[0].tokenHash != browser.cookie, "only a hash of the token is stored")
            let home = try await browser.get(SiteURL.home.path)
            #expect(home.body.string.contains("Sign out"))
        }
    }

    @Test func aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let browser = TestBrowser(app)
            try await browser.get(SiteURL.signIn.path)
            let wrongPassword = try await browser.post(
                SiteURL.signIn.path, [("email", "ann@example.org"), ("password", "not the password")])
            let unknownEmail = try await browser.post(
                SiteURL.signIn.path, [("email", "bob@example.org"), ("password", Fixtures.password)])
            for response in [wrongPassword, unknownEmail] {
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("Enter a correct email address and password"))
                #expect(response.body.string.contains("nhsuk-error-summary"))
            }
        }
    }

    @Test func theSixthBadPasswordWithinFifteenMinutesIsRefusedWith429EvenWhenRight() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let browser = TestBrowser(app)
            try await browser.get(SiteURL.signIn.path)
            for _ in 1...5 {
                let response = try await browser.post(
                    SiteURL.signIn.path, [("email", "ann@example.org"), ("password", "wrong password!")])
                #expect(response.status == .unauthorized)
            }
            let sixth = try await browser.post(
                SiteURL.signIn.path, [("email", "ann@example.org"), ("password", "wrong password!")])
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("Too many attempts to sign in"))
            #expect(sixth.headers.first(name: "Retry-After").flatMap(Int.init).map { $0 > 0 && $0 <= 900 } == true)
            let rightPassword = try await browser.post(
                SiteURL.signIn.path, [("email", "ann@example.org"), ("password", Fixtures.password)])
            #expect(rightPassword.status == .tooManyRequests)
            // Another address is not affected.
            try await Fixtures.user("bob@example.org", role: .partner, on: app.db)
            let other = try await browser.post(
                SiteURL.signIn.path, [("email", "bob@example.org"), ("password", Fixtures.password)])
            #expect(other.status == .seeOther)
        }
    }

    @Test func theLimitLiftsWhenTheWindowHasPassed() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let old = Date().addingTimeInterval(-16 * 60)
            for _ in 1...5 {
                try await LoginAttempt(email: "ann@example.org", ipAddress: nil, attemptedAt: old).create(on: app.db)
            }
            #expect(try await LoginThrottle.waitTime(for: "ann@example.org", on: app.db) == nil)
            let browser = TestBrowser(app)
            #expect(try await browser.signIn("ann@example.org").status == .seeOther)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            let response = try await browser.post(SiteURL.signOut.path)
            #expect(response.status == .seeOther)
            #expect(try await UserSession.query(on: app.db).filter(\.$user.$id != nil).count() == 0)
            let afterwards = try await browser.get(SiteURL.people.path)
            #expect(afterwards.status == .seeOther)
            #expect(afterwards.location?.hasPrefix(SiteURL.signIn.path + "?next=") == true)
        }
    }

    @Test func afterSignInPeopleReturnToThePageTheyWantedButNeverToAnotherSite() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .admin, on: app.db)
            let browser = TestBrowser(app)
            try await browser.get(SiteURL.signIn.path + "?next=/people")
            let back = try await browser.post(
                SiteURL.signIn.path,
                [("email", "ann@example.org"), ("password", Fixtures.password), ("next", SiteURL.people.path)])
            #expect(back.location == SiteURL.people.path)
            #expect(SignInController.safeNext("//evil.example/x") == nil)
            #expect(SignInController.safeNext("https://evil.example") == nil)
            #expect(SignInController.safeNext("/\\evil.example") == nil)
        }
    }

    @Test func suspendedAccountsCannotSignIn() async throws {
        try await withTandem { app in
            let user = try await Fixtures.user("ann@example.org", role: .admin, on: app.db)
            user.isActive = false
            try await user.save(.fixture, on: app.db)
            let browser = TestBrowser(app)
            #expect(try await browser.signIn("ann@example.org").status == .unauthorized)
        }
    }
}
