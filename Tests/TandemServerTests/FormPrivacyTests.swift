import Fluent
import Foundation
import SQLKit
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

/// What forms say back: nothing that depends on someone else's data, no
/// programmer's error text, and no unbounded text.
@Suite("What forms say back")
struct FormPrivacyTests {
    @Test func changingOnesOwnEmailSaysTheSameWhoeverHasTheAddressAndNeedsTheLink() async throws {
        try await withTandem { app in
            try await Fixtures.person("Bernadette Quigley", email: "bq@example.org", on: app.db)
            let (browser, user) = try await Fixtures.signedIn(.partner, app: app)
            let me = try await Fixtures.person(of: user, on: app.db)
            let edit = SiteURL.person(.value(me.id!), .edit).path
            func change(to email: String) async throws -> (status: HTTPResponseStatus, page: String) {
                try await browser.get(edit)
                let response = try await browser.post(edit, [("name", me.name), ("email", email)])
                return (response.status, try await browser.get(response.location ?? SiteURL.home.path).body.string)
            }
            let taken = try await change(to: "bq@example.org")
            let free = try await change(to: "new-address@example.org")
            #expect(taken.status == .seeOther && free.status == .seeOther)
            #expect(taken.page.contains("We have sent a link to bq@example.org"))
            #expect(free.page.contains("We have sent a link to new-address@example.org"))
            #expect(!taken.page.contains("Someone else already has this email address"))
            #expect(try await Person.find(me.id, on: app.db)?.email == user.email, "nothing changes until the link is opened")
            // The link in the email to the free address makes the change; only one request is live.
            #expect(try await EmailChangeRequest.query(on: app.db).count() == 1)
            let email = try #require(
                try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "new-address@example.org").first())
            let path = try #require(email.body.split(separator: "\n").first { $0.hasPrefix("/me/email/") }.map(String.init))
            #expect(try await browser.get(path).status == .seeOther)
            #expect(try await Person.find(me.id, on: app.db)?.email == "new-address@example.org")
            #expect(try await browser.get(path).status == .badRequest, "a link works once")
        }
    }

    @Test func frameworkErrorsReachPeopleInPlainWords() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            // A body of a kind the form does not read: Vapor's own reason names its decoder; people get a plain one.
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: browser.cookieHeader ?? "")
            headers.add(name: "X-CSRF-Token", value: browser.csrf ?? "")
            headers.contentType = .plainText
            let response = try await app.testing().sendRequest(
                .POST, SiteURL.organisations.path, headers: headers, body: ByteBuffer(string: "name=A"))
            #expect(response.status == .badRequest || response.status == .unsupportedMediaType)
            #expect(response.body.string.contains("The information sent was not in the expected form"))
            #expect(!response.body.string.lowercased().contains("decoder") && !response.body.string.contains("media type"))
        }
    }

    @Test func everyFreeTextFieldHasALimit() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let long = String(repeating: "x", count: TextLimit.title + 1)
            let activities = SiteURL.project(.value(project.id!), .activities).path
            try await browser.get(activities)
            let tooLong = try await browser.post(activities, [("kind", "focus_group"), ("title", long), ("scope", "team")])
            #expect(tooLong.status == .badRequest && tooLong.body.string.contains("The name must be 200 characters or fewer"))
            #expect(tooLong.body.string.contains(long), "what was typed is kept")
            #expect(try await Activity.query(on: app.db).count() == 0)
        }
    }
}
