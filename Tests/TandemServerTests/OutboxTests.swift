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

@Suite("An email with a file")
struct OutboxAttachmentTests {
    @Test func aCalendarEntryGoesAsASecondPartInBase64() async throws {
        try await withTandem { app in
            let start = try UKTime.instant(year: 2027, month: 3, day: 28, hour: 10, minute: 0).get()
            let ics = ICalendar.document(
                ICalendarEvent(uid: "e1@tandem", start: start, end: start.addingTimeInterval(3_600), summary: "PPG workshop"))
            let email = OutboxEmail(personID: nil, to: "jo@example.org", subject: "Your place", body: "See you there.")
            (email.attachmentName, email.attachmentType, email.attachmentBody) = ("workshop.ics", ICalendar.contentType, ics)
            try await email.create(on: app.db)
            let folder = NSTemporaryDirectory() + "outbox-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            #expect(try await OutboxDelivery.deliverWaiting(command: "cat > \(folder)/message.eml", on: app.db) == 1)
            let message = try String(contentsOfFile: "\(folder)/message.eml", encoding: .utf8)
            #expect(message.contains("Content-Type: multipart/mixed; boundary=\"tandem-"))
            #expect(message.contains("Content-Disposition: attachment; filename=\"workshop.ics\""))
            #expect(message.contains("See you there."))
            let part = try #require(message.components(separatedBy: "Content-Transfer-Encoding: base64\n\n").last)
            let encoded = part.components(separatedBy: "\n--tandem-")[0].replacingOccurrences(of: "\n", with: "")
            let decoded = String(decoding: try #require(Data(base64Encoded: encoded)), as: UTF8.self)
            #expect(decoded == ics)
            #expect(message.split(separator: "\n").allSatisfy { $0.count <= 998 })
        }
    }
}
