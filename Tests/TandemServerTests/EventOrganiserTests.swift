import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Events for their organisers: planning, publishing, cancelling, attendance")
struct EventOrganiserTests {
    @Test func aCoordinatorPlansAnEventInUKTimeAndPublishesItForThePublic() async throws {
        try await withTandem { app in
            let (coordinator, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await coordinator.get(SiteURL.newEvent.path)
            let fields = [
                ("title", "Getting your PPG going"), ("summary", "A workshop for PPG members."), ("kind", "workshop"),
                ("audience", "public"), ("on-day", "28"), ("on-month", "3"), ("on-year", "2027"), ("starts", "10am"),
                ("venue", "Riverside Surgery"), ("capacity", "3"), ("reminder-days", "2"),
            ]
            // An end before the start is refused, and what was typed comes back.
            let refused = try await coordinator.post(SiteURL.events.path, fields + [("ends", "9:30")])
            #expect(refused.status == .badRequest && refused.body.string.contains("The end must be after the start"))
            #expect(refused.body.string.contains("value=\"Getting your PPG going\""))
            // The hour the clocks skip is refused in words.
            let skipped = try await coordinator.post(
                SiteURL.events.path, fields.filter { $0.0 != "starts" } + [("starts", "1:30"), ("ends", "3pm")])
            #expect(skipped.body.string.contains("The clocks go forward at 1am that day"))

            let made = try await coordinator.post(SiteURL.events.path, fields + [("ends", "12 noon")])
            #expect(made.status == .seeOther)
            let event = try #require(try await Event.query(on: app.db).first())
            #expect(event.startsAt == ISO8601DateFormatter().date(from: "2027-03-28T09:00:00Z"), "10am BST is 9am UTC")
            #expect(event.status == .draft)
            #expect(try await TestBrowser(app).get(SiteURL.publicEvent(.value(event.id!)).path).status == .notFound)

            let page = SiteURL.event(.value(event.id!)).path
            #expect(
                try await coordinator.post(SiteURL.event(.value(event.id!), .status).path, [("status", "published")]).status
                    == .seeOther)
            let whatsOn = try await TestBrowser(app).get(SiteURL.whatsOn.path).body.string
            #expect(whatsOn.contains("Getting your PPG going"))

            // People register; the organiser sees their needs and takes attendance.
            for name in ["Ana", "Ben"] {
                _ = try await Registrations.register(
                    .init(name: name, email: "\(name.lowercased())@example.org", accessNeeds: ["hearing_loop"]), for: event.id!,
                    by: ContactConsent.publicForm, locks: app.services.eventLocks, on: app.db)
            }
            let organiserPage = try await coordinator.get(page).body.string
            #expect(organiserPage.contains("Hearing loop") && organiserPage.contains("2 of 3 taken"))
            let ana = try #require(try await EventRegistration.query(on: app.db).filter(\.$name == "Ana").first())
            #expect(
                try await coordinator.post(
                    SiteURL.event(.value(event.id!), .attendance).path, [("attendance-\(ana.id!.lowercasedString)", "present")]
                ).status == .seeOther)
            #expect(try await EventRegistration.find(ana.id!, on: app.db)?.attendance == .present)
            // The registrations download, recorded in the audit log.
            let csv = try await coordinator.get(SiteURL.event(.value(event.id!), .export).path)
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("Ana,ana@example.org") && csv.body.string.contains("Hearing loop"))
            #expect(csv.body.string.contains("Present"))
            let exported = try await AuditEntry.query(on: app.db).filter(\.$action == AuditAction.exported.rawValue).all()
            #expect(exported.count == 1 && exported[0].recordLabel == "Registrations for Getting your PPG going (2 people)")

            // Cancelling needs a reason, and everyone registered is told it.
            let noReason = try await coordinator.post(SiteURL.event(.value(event.id!), .status).path, [("status", "cancelled")])
            #expect(noReason.status == .badRequest && noReason.body.string.contains("Say why the event is cancelled"))
            let cancelled = try await coordinator.post(
                SiteURL.event(.value(event.id!), .status).path, [("status", "cancelled"), ("reason", "The surgery is closed")])
            #expect(cancelled.status == .seeOther)
            let told = try await OutboxEmail.query(on: app.db).filter(\.$subject == "Cancelled: Getting your PPG going").all()
            #expect(told.count == 2 && told.allSatisfy { $0.body.contains("The surgery is closed") })
            #expect(told.allSatisfy { $0.attachmentBody?.contains("STATUS:CANCELLED") == true })

            // Partners and staff do not run events.
            let (partner, _) = try await Fixtures.signedIn(.partner, app: app)
            #expect(try await partner.get(SiteURL.events.path).status == .forbidden)
        }
    }
}
