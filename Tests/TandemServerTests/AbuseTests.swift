import Fluent
import Foundation
import NIOHTTP1
import SQLKit
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

/// Resources an attacker or a broken client could use up: sign-in guesses,
/// upload bodies, cut-off imports, sessions for anonymous visitors.
@Suite("Abuse: throttling, uploads, cut-off imports and anonymous visitors")
struct AbuseTests {
    /// Sends sign-in attempts all at once, as separate visitors.
    static func signInAtOnce(_ app: Application, email: String, passwords: [String]) async throws -> [HTTPResponseStatus] {
        var visitors: [(TestBrowser, String)] = []
        for password in passwords {
            let browser = TestBrowser(app)
            try await browser.get(SiteURL.signIn.path)
            visitors.append((browser, password))
        }
        return try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
            for (browser, password) in visitors {
                group.addTask { try await browser.post(SiteURL.signIn.path, [("email", email), ("password", password)]).status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func attemptsArrivingTogetherCannotSlipUnderTheLimit() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let wrong = try await Self.signInAtOnce(
                app, email: "ann@example.org", passwords: Array(repeating: "wrong password!", count: 40))
            #expect(wrong.filter { $0 == .unauthorized }.count <= LoginThrottle.accountLimit)
            #expect(wrong.filter { $0 == .tooManyRequests }.count >= 40 - LoginThrottle.accountLimit)
        }
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            let mixed = try await Self.signInAtOnce(
                app, email: "ann@example.org",
                passwords: Array(repeating: "wrong password!", count: 29) + [Fixtures.password])
            // At most five attempts reach the password check, whichever they are.
            #expect(mixed.filter { $0 == .unauthorized || $0 == .seeOther }.count <= LoginThrottle.accountLimit)
        }
    }

    @Test func oneClientGuessingAtManyAccountsIsHeldBackLongerThanTheAccounts() async throws {
        try await withTandem { app in
            let now = Date()
            for index in 1...LoginThrottle.clientLimit {
                guard
                    case .admitted = try await LoginThrottle.admit(
                        email: "person\(index)@example.org", ip: "192.0.2.7", now: now, on: app.db)
                else { Issue.record("attempt \(index) was refused"); return }
            }
            guard
                case .wait(let seconds) = try await LoginThrottle.admit(
                    email: "someone@example.org", ip: "192.0.2.7", now: now, on: app.db)
            else {
                Issue.record("the client was not held back"); return
            }
            #expect(seconds > Int(LoginThrottle.accountWindow) && seconds <= Int(LoginThrottle.clientWindow) + 1)
            // Someone else, from another address, is not affected.
            guard
                case .admitted = try await LoginThrottle.admit(
                    email: "someone@example.org", ip: "198.51.100.1", now: now, on: app.db)
            else {
                Issue.record("another client was refused"); return
            }
            // The message says to wait; it never says the account is locked.
            let message = AppError.tooManySignInAttempts(retryAfterSeconds: seconds).reason
            #expect(message.contains("Wait") && !message.lowercased().contains("locked"))
            // Old attempts are swept.
            try await LoginThrottle.sweep(now: now.addingTimeInterval(2 * LoginThrottle.clientWindow), on: app.db)
            #expect(try await LoginAttempt.query(on: app.db).count() == 0)
        }
    }

    @Test func anUploadFormCannotFillMemoryWithFieldsAndACutOffUploadKeepsNothing() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let importPath = SiteURL.project(.value(project.id!), .import).path
            try await browser.get(importPath)
            // Thousands of small fields: refused, however small each is.
            let fields = (1...5_000).map { ("f\($0)", String(repeating: "x", count: 100)) }
            let flood = try await browser.upload(
                importPath, field: "file", fileName: "a.csv", contentType: "text/csv",
                data: Array("Comment\nGood\n".utf8), fields: fields)
            #expect(flood.status == .badRequest)
            // A body that ends before its closing boundary: refused, and no file kept.
            let boundary = "----TandemCutOff"
            var body = ByteBuffer(
                string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n")
            body.writeString("Content-Type: text/csv\r\n\r\nComment\nThe ward was calm\nThe food was cold\n")
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            headers.add(name: .cookie, value: browser.cookieHeader ?? "")
            let cut = try await app.testing().sendRequest(
                .POST, "\(importPath)?_csrf=\(browser.csrf ?? "")", headers: headers, body: body)
            #expect(cut.status == .badRequest && cut.body.string.contains("did not arrive whole"))
            #expect(try await ImportJob.query(on: app.db).count() == 0)
            let imports = "\(app.config.dataDirectory)/imports"
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: imports)) ?? []).isEmpty)
            // The same file whole is accepted.
            let whole = try await browser.upload(
                importPath, field: "file", fileName: "a.csv", contentType: "text/csv",
                data: Array("Comment\nThe ward was calm\n".utf8))
            #expect(whole.status == .seeOther)
        }
    }

    @Test func theCSRFTokenTravelsInTheAddressOnlyForStreamedUploads() async throws {
        try await withTandem { app in
            let (browser, _) = try await Fixtures.signedIn(.admin, app: app)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            headers.add(name: .cookie, value: browser.cookieHeader ?? "")
            let response = try await app.testing().sendRequest(
                .POST, SiteURL.organisations.path + "?_csrf=\(browser.csrf ?? "")", headers: headers,
                body: ByteBuffer(string: "name=Sneaky+Trust&kind=nhs_trust"))
            #expect(response.status == .forbidden)
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test func importsCutOffByAStopBecomeFailedAndCanBeRemoved() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let project = try await Fixtures.project(organisation: trust, on: app.db)
            let cutOff = ImportJob(
                projectID: try project.requireID(), createdByID: nil, fileName: "feedback.csv", storedName: "cut.csv")
            cutOff.state = .importing
            try await cutOff.create(on: app.db)
            let old = ImportJob(projectID: try project.requireID(), createdByID: nil, fileName: "old.csv", storedName: "old.csv")
            try await old.create(on: app.db)
            try await ImportJob.query(on: app.db).filter(\.$id == old.id!).set(
                \.$createdAt, to: Date().addingTimeInterval(-30 * 86_400)
            ).update()
            let (failed, removed) = try await ImportRecovery.sweep(app: app)
            #expect(failed == 1 && removed == 1)
            let job = try #require(try await ImportJob.find(cutOff.id, on: app.db))
            #expect(job.state == .failed && job.problems == [ImportRecovery.cutOffMessage])
            let (browser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let page = try await browser.get(SiteURL.importJob(.value(job.id!)).path).body.string
            #expect(page.contains("Tandem stopped before this finished"))
            #expect(try await browser.post(SiteURL.importJob(.value(job.id!), .cancel).path).status == .seeOther)
            #expect(try await ImportJob.query(on: app.db).count() == 0)
        }
    }

    @Test func anonymousVisitorsOpeningFormsAddNoSessionsAndTheirFormsStillWork() async throws {
        try await withTandem { app in
            try await Fixtures.user("ann@example.org", role: .coordinator, on: app.db)
            for _ in 1...20 { _ = try await app.testing().sendRequest(.GET, SiteURL.signIn.path) }
            #expect(try await UserSession.query(on: app.db).count() == 0)
            let browser = TestBrowser(app)
            try await browser.get(SiteURL.signIn.path)
            #expect(try await UserSession.query(on: app.db).count() == 0)
            // A token made for another visitor's cookie is refused.
            let other = TestBrowser(app)
            try await other.get(SiteURL.signIn.path)
            let stolen = try await browser.post(
                SiteURL.signIn.path, [("email", "ann@example.org"), ("password", Fixtures.password), ("_csrf", other.csrf!)],
                csrf: false)
            #expect(stolen.status == .forbidden)
            #expect(
                try await browser.post(SiteURL.signIn.path, [("email", "ann@example.org"), ("password", Fixtures.password)])
                    .status == .seeOther)
            #expect(try await UserSession.query(on: app.db).count() == 1)
        }
    }

    @Test func csvFieldsThatASpreadsheetWouldRunAreDefused() {
        for value in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"] {
            #expect(CSVWriter.field(value).hasPrefix("'") || CSVWriter.field(value).hasPrefix("\"'"), "\(value.debugDescription)")
        }
        #expect(CSVWriter.field("fine") == "fine")
    }
}
