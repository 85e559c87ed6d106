import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

/// Every route is checked against the role table: this suite fails when a
/// route is added without deciding who may use it.
@Suite("Every route and the role table")
struct AccessTests {
    /// Pages anyone may see without signing in.
    static let publicPaths: Set<String> = [
        SiteURL.home.path, SiteURL.healthz.path, SiteURL.accessibility.path, SiteURL.privacy.path, SiteURL.signIn.path,
        SiteURL.forgotPassword.path, SiteURL.youSaidWeDidIndex.path, SiteURL.whatsOn.path,
        SiteURL.resources.path, SiteURL.ppgDirectory.path, SiteURL.getInvolved.path,
    ]
    /// Single-use links to choose a password: a made-up one says the link no longer works.
    static let passwordLinkPaths: Set<String> = ["/password/:token"]
    /// Public pages behind a secret link: a made-up link is simply not found.
    /// The "You said, we did" pages are public too: a made-up organisation or project is not found.
    static let publicLinkPaths: Set<String> = [
        "/s/:token", "/s/:token/thanks", "/you-said-we-did/:organisationID",
        "/you-said-we-did/projects/:projectID", "/whats-on/:eventID", "/whats-on/:eventID/event.ics", "/places/:token",
        "/resources/:slug", "/resources/:slug/files/:fileID", "/ppg-directory/:organisationID", "/bring-a-project/:panelID",
        "/get-involved/:opportunityID", "/groups/:groupID/published", "/groups/:groupID/published/papers/:agendaItemID",
    ]

    @Test func everyRouteIsPublicOrNeedsSignIn() async throws {
        try await withTandem { app in
            let organisation = try await Fixtures.organisation("Trust", on: app.db)
            let person = try await Fixtures.person("Pat", on: app.db)
            let user = try await Fixtures.user("someone@example.org", role: .partner, on: app.db)
            let ids = ["organisationID": organisation.id!, "personID": person.id!, "userID": user.id!, "consentID": UUID()]
            for route in app.routes.all {
                let path =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter(let name) = component {
                            if name == "token" { return "no-such-survey" }
                            // A real organisation would have a public page; these checks need a made-up one.
                            if route.path.first?.description == "you-said-we-did" { return UUID().uuidString.lowercased() }
                            return (ids[name] ?? UUID()).uuidString.lowercased()
                        }
                        return component.description
                    }.joined(separator: "/")
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                let response = try await app.testing().sendRequest(route.method, path)
                if Self.publicPaths.contains(pattern) && route.method == .GET {
                    #expect(response.status == .ok, "\(route.method) \(pattern) should be public")
                } else if Self.passwordLinkPaths.contains(pattern) && route.method == .GET {
                    #expect(response.status == .gone, "\(route.method) \(pattern) should be public, and gone")
                } else if Self.publicLinkPaths.contains(pattern) && route.method == .GET {
                    #expect(response.status == .notFound, "\(route.method) \(pattern) should be public, and not found")
                } else if route.method == .GET {
                    let signIn = response.status == .seeOther && response.location?.hasPrefix(SiteURL.signIn.path) == true
                    let api = pattern.hasPrefix("/api/") && response.status == .unauthorized
                    #expect(signIn || api, "\(route.method) \(pattern) must need sign-in, got \(response.status)")
                } else {
                    #expect(
                        response.status == .forbidden, "\(route.method) \(pattern) must refuse a request without a CSRF token")
                }
            }
        }
    }

    @Test func eachRoleGetsOnlyItsPages() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Trust", on: app.db)
            let expectations: [(AccountRole, String, HTTPStatus)] = [
                (.partner, SiteURL.auditLog.path, .forbidden), (.partner, SiteURL.users.path, .forbidden),
                (.partner, SiteURL.equalitySummary.path, .forbidden),
                (.partner, SiteURL.newOrganisation.path, .forbidden), (.partner, SiteURL.newPerson.path, .forbidden),
                (.staff, SiteURL.auditLog.path, .forbidden), (.staff, SiteURL.newOrganisation.path, .forbidden),
                (.staff, SiteURL.newPerson.path, .forbidden),
                (.staff, SiteURL.equalitySummary.path, .forbidden),
                (.coordinator, SiteURL.auditLog.path, .forbidden), (.coordinator, SiteURL.users.path, .forbidden),
                (.coordinator, SiteURL.newOrganisation.path, .ok), (.coordinator, SiteURL.newPerson.path, .ok),
                (.coordinator, SiteURL.equalitySummary.path, .ok),
                (.admin, SiteURL.auditLog.path, .ok), (.admin, SiteURL.users.path, .ok), (.admin, SiteURL.newUser.path, .ok),
                (.partner, SiteURL.projects.path, .ok), (.partner, SiteURL.newProject.path, .forbidden),
                (.staff, SiteURL.newProject.path, .forbidden),
                (.staff, SiteURL.projects.path, .ok), (.coordinator, SiteURL.newProject.path, .ok),
                (.partner, SiteURL.inbox.path, .ok), (.partner, SiteURL.outbox.path, .forbidden),
                (.coordinator, SiteURL.outbox.path, .forbidden),
                (.admin, SiteURL.outbox.path, .ok),
            ]
            var browsers: [AccountRole: TestBrowser] = [:]
            for role in AccountRole.allCases {
                browsers[role] = try await Fixtures.signedIn(role, organisation: role == .staff ? trust : nil, app: app).0
            }
            for (role, path, status) in expectations {
                let response = try await browsers[role]!.get(path)
                #expect(response.status == status, "\(role) \(path): \(response.status)")
            }
        }
    }

    @Test func navigationFitsTheRole() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Trust", on: app.db)
            let expected: [AccountRole: (shows: [String], hides: [String])] = [
                .admin: (["Organisations", "People", "Accounts", "Audit log"], []),
                .coordinator: (["Organisations", "People", "Equality"], ["Audit log", "Accounts"]),
                .staff: (["Your organisation", "People"], ["Audit log", "Equality"]),
                .partner: (["Your profile"], ["Organisations", "People", "Audit log"]),
            ]
            for (role, words) in expected {
                let (browser, _) = try await Fixtures.signedIn(role, organisation: role == .staff ? trust : nil, app: app)
                let nav = try await browser.get(SiteURL.home.path).body.string.components(
                    separatedBy: "nhsuk-header__navigation-list")[1]
                    .components(separatedBy: "</ul>")[0]
                for word in words.shows { #expect(nav.contains(">\(word)<"), "\(role) should see \(word)") }
                for word in words.hides { #expect(!nav.contains(">\(word)<"), "\(role) should not see \(word)") }
            }
        }
    }
}
