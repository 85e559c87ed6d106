import Fluent
import Foundation
@testable import TandemServer
import Testing
import VaporTesting

@Suite("CSRF, security headers and error pages")
struct SecurityTests {
    @Test func aPostWithoutTheCSRFTokenIsRefusedAndChangesNothing() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            let response = try await browser.post(
                SiteURL.organisations.path, [("name", "Sneaky Trust"), ("kind", "nhs_trust")], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Your form could not be sent"))
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test func aPostWithAnotherSessionsTokenIsRefused() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            let other = TestBrowser(app)
            try await other.get(SiteURL.signIn.path)
            let stolen = try #require(other.csrf)
            let response = try await browser.post(
                SiteURL.organisations.path, [("name", "Sneaky Trust"), ("kind", "nhs_trust"), ("_csrf", stolen)],
                csrf: false)
            #expect(response.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test func signingOutNeedsTheTokenToo() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await browser.post(SiteURL.signOut.path, csrf: false).status == .forbidden)
            #expect(try await UserSession.query(on: app.db).filter(\.$user.$id != nil).count() == 1)
        }
    }

    @Test(arguments: [SiteURL.home.path, SiteURL.signIn.path, SiteURL.healthz.path, "/no-such-page", "/css/tandem.css"])
    func everyResponseCarriesTheSecurityHeaders(path: String) async throws {
        try await withTandem { app in
            let response = try await app.testing().sendRequest(.GET, path)
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") != nil)
        }
    }

    @Test func staticFilesAreServedForAnHourAndPagesAreNot() async throws {
        try await withTandem { app in
            let css = try await app.testing().sendRequest(.GET, "/css/tandem.css")
            #expect(css.status == .ok && css.headers.first(name: .cacheControl) == "public, max-age=3600")
            let missing = try await app.testing().sendRequest(.GET, "/css/no-such-file.css")
            #expect(missing.status == .notFound && missing.body.string.contains("Page not found"))
            // A page whose name starts like a folder of Public/ is still a page, never a file.
            let page = try await app.testing().sendRequest(.GET, "/cssx")
            #expect(page.status == .notFound && page.headers.first(name: .cacheControl) != "public, max-age=3600")
            let signIn = try await app.testing().sendRequest(.GET, SiteURL.signIn.path)
            #expect(signIn.status == .ok && signIn.headers.first(name: .cacheControl) != "public, max-age=3600")
        }
    }

    @Test func unknownPagesGetTheStyled404() async throws {
        try await withTandem { app in
            let response = try await app.testing().sendRequest(.GET, "/no-such-page")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Page not found"))
            #expect(response.body.string.contains("nhsuk-header"))
        }
    }

    @Test func apiErrorsAreJSON() async throws {
        try await withTandem { app in
            let response = try await app.testing().sendRequest(.GET, SiteURL.apiOrganisations.path)
            #expect(response.status == .unauthorized)
            #expect(response.headers.contentType == .json)
            let body = try response.content.decode(APIError.self)
            #expect(body.error && body.status == 401)
            let missing = try await app.testing().sendRequest(.GET, "/api/v1/nothing-here")
            #expect(missing.status == .notFound && missing.headers.contentType == .json)
        }
    }

    @Test func textAndAttributesFromPeopleAreEscaped() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            let nasty = #"Evil" onmouseover="alert(1)<script>x</script>"#
            try await Fixtures.organisation(nasty, on: app.db)
            let page = try await browser.get(
                SiteURL.organisations.path + "?q=\(nasty.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            let html = page.body.string
            #expect(!html.contains("<script>x"))
            // In attributes the quote is escaped, so no new attribute can start.
            #expect(html.contains(#"value="Evil&quot; onmouseover=&quot;alert(1)&lt;script&gt;"#))
            #expect(!html.contains(#"onmouseover="alert(1)"/>"#))
            // In text, tags are escaped.
            #expect(html.contains("&lt;script&gt;x&lt;/script&gt;</a>"))
        }
    }

    @Test func anHttpsAddressTellsBrowsersToUseHttpsAlways() async throws {
        for (address, expected) in [("https://tandem.example.org", true), ("http://127.0.0.1:8080", false)] {
            let app = try await Application.make(.testing)
            try await configure(app, config: AppConfig(database: .sqliteMemory, publicURL: URL(string: address)))
            let response = try await app.testing().sendRequest(.GET, "/no-such-page")
            #expect(
                (response.headers.first(name: "Strict-Transport-Security") == "max-age=31536000; includeSubDomains") == expected,
                "\(address)")
            try await app.asyncShutdown()
        }
    }
}
