import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("The outbox: opening an email, why it failed, sending it again")
struct OutboxTests {
    @Test func anAdminOpensAFailedEmailSeesWhyAndTriesAgain() async throws {
        try await withTandem { app in
            let failed = OutboxEmail(
                personID: nil, to: "jo@example.org", subject: "You said, we did", body: "Dear Jo,\n\nThank you.")
            failed.status = .failed
            failed.attempts = 5
            failed.lastError = "sendmail: unknown user jo@example.org"
            try await failed.create(on: app.db)
            let (admin, _) = try await Fixtures.signedIn(.admin, app: app)
            let list = try await admin.get(SiteURL.outbox.path).body.string
            #expect(list.contains("href=\"\(SiteURL.outboxEmail(.value(failed.id!)).path)\""))
            let page = try await admin.get(SiteURL.outboxEmail(.value(failed.id!)).path).body.string
            #expect(page.contains("Why it could not be sent") && page.contains("sendmail: unknown user jo@example.org"))
            #expect(page.contains("Dear Jo,") && page.contains("Try sending it again"))

            let again = try await admin.post(SiteURL.resendEmail(.value(failed.id!)).path)
            #expect(again.status == .seeOther)
            let queued = try #require(try await OutboxEmail.find(failed.id!, on: app.db))
            #expect(queued.status == .queued && queued.attempts == 0 && queued.lastError == nil)

            // A sent email is sent again as a new one; the record of the first stays.
            queued.status = .sent
            queued.sentAt = Date()
            try await queued.save(on: app.db)
            let copy = try await admin.post(SiteURL.resendEmail(.value(failed.id!)).path)
            #expect(try await OutboxEmail.query(on: app.db).count() == 2)
            #expect(copy.location != SiteURL.outboxEmail(.value(failed.id!)).path)

            // Only admins see it, and an unknown email is not found.
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            #expect(try await coordinator.get(SiteURL.outboxEmail(.value(failed.id!)).path).status == .forbidden)
            #expect(try await admin.get(SiteURL.outboxEmail(.value(UUID())).path).status == .notFound)
        }
    }
}
