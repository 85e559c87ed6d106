import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Events for the public: what's on, registering, the waiting list, giving a place up")
struct PublicEventTests {
    func event(capacity: Int?, status: EventStatus = .published, on db: any Database) async throws -> Event {
        let start = try UKTime.instant(year: 2027, month: 3, day: 28, hour: 10, minute: 0).get()
        let event = Event(
            title: "Getting your PPG going", summary: "A workshop for PPG members and practice staff.", kind: .workshop,
            startsAt: start, endsAt: start.addingTimeInterval(7_200), capacity: capacity, audience: .public, createdByID: nil)
        event.venue = "Riverside Surgery, Church Lane"
        event.stepFree = true
        event.status = status
        try await event.create(on: db)
        return event
    }

    func register(
        _ browser: TestBrowser, _ event: Event, name: String, extra: [(String, String)] = []
    )
        async throws -> TestingHTTPResponse
    {
        let path = SiteURL.publicEvent(.value(event.id!)).path
        _ = try await browser.get(path)
        return try await browser.post(
            path, [("name", name), ("email", "\(name.lowercased())@example.org"), ("consent[]", "yes")] + extra)
    }

    @Test func anyoneRegistersWithoutAnAccountAndTheWaitingListMovesUpWhenAPlaceIsGivenUp() async throws {
        try await withTandem { app in
            let workshop = try await event(capacity: 1, on: app.db)
            _ = try await event(capacity: nil, status: .draft, on: app.db)
            let visitor = TestBrowser(app)
            let list = try await visitor.get(SiteURL.whatsOn.path).body.string
            #expect(list.contains("Getting your PPG going") && list.components(separatedBy: "Getting your PPG going").count == 2)
            #expect(list.contains("Sunday 28 March 2027, 10am to 12 noon"))

            // Without the consent box, nothing is saved and what was typed comes back.
            let path = SiteURL.publicEvent(.value(workshop.id!)).path
            _ = try await visitor.get(path)
            let refused = try await visitor.post(path, [("name", "Ana Lopez"), ("email", "ana@example.org")])
            #expect(refused.status == .badRequest && refused.body.string.contains("Tick the box to agree"))
            #expect(refused.body.string.contains("value=\"Ana Lopez\""))
            #expect(try await EventRegistration.query(on: app.db).count() == 0)

            // Ana takes the one place, with the calendar entry; Ben joins the waiting list.
            let ana = try await register(
                visitor, workshop, name: "Ana", extra: [("access[]", "hearing_loop"), ("future[]", "yes")])
            #expect(ana.status == .seeOther)
            let anaEmail = try #require(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "ana@example.org").first())
            #expect(anaEmail.subject == "Your place: Getting your PPG going" && anaEmail.attachmentName == "event.ics")
            #expect(anaEmail.attachmentBody?.contains("DTSTART;TZID=Europe/London:20270328T100000") == true)
            #expect(anaEmail.body.contains("Where: Riverside Surgery, Church Lane (step-free access)"))
            let again = try await register(TestBrowser(app), workshop, name: "Ana")
            #expect(again.status == .badRequest && again.body.string.contains("already registered"))
            #expect(try await ConsentRecord.query(on: app.db).filter(\.$purpose == .contact).count() == 1)

            let ben = try await register(TestBrowser(app), workshop, name: "Ben")
            #expect(ben.status == .seeOther)
            let benEmail = try #require(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "ben@example.org").first())
            #expect(benEmail.subject == "On the waiting list: Getting your PPG going" && benEmail.attachmentName == nil)
            let page = try await visitor.get(path).body.string
            #expect(page.contains("Full: join the waiting list") && page.contains("Join the waiting list"))

            // Ana gives her place up by her link; Ben is told it is his.
            let link = try #require(anaEmail.body.components(separatedBy: "/places/").last?.components(separatedBy: "\n").first)
            let cancelPath = SiteURL.cancelRegistration(.value(link)).path
            let cancelPage = try await visitor.get(cancelPath).body.string
            #expect(cancelPage.contains("Give up my place"))
            #expect(try await visitor.post(cancelPath).status == .seeOther)
            #expect(try await visitor.get(cancelPath).body.string.contains("Your place is given up"))
            let promoted = try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "ben@example.org")
                .filter(\.$subject == "A place for you: Getting your PPG going").count()
            #expect(promoted == 1)
            #expect(try await visitor.get(SiteURL.cancelRegistration(.value("made-up")).path).status == .notFound)

            // The calendar entry is there for anyone; a draft event is not found.
            let calendar = try await visitor.get(SiteURL.publicEventCalendar(.value(workshop.id!)).path)
            #expect(calendar.headers.first(name: .contentType)?.hasPrefix("text/calendar") == true)
            #expect(calendar.body.string.contains("BEGIN:VTIMEZONE"))
            let draft = try #require(try await Event.query(on: app.db).filter(\.$status == .draft).first())
            #expect(try await visitor.get(SiteURL.publicEvent(.value(draft.id!)).path).status == .notFound)
        }
    }
}

@Suite("Event reminders")
struct EventReminderTests {
    @Test func peopleWithAPlaceAreRemindedOnceTwoDaysBefore() async throws {
        try await withTandem { app in
            let now = Date()
            let event = Event(
                title: "PPG workshop", summary: "Getting going", kind: .workshop, startsAt: now.addingTimeInterval(3 * 86_400),
                endsAt: now.addingTimeInterval(3 * 86_400 + 7_200), capacity: 1, audience: .public, createdByID: nil)
            event.status = .published
            event.venue = "Riverside Surgery"
            try await event.create(on: app.db)
            for name in ["Ana", "Ben"] {
                _ = try await Registrations.register(
                    .init(name: name, email: "\(name.lowercased())@example.org"), for: event.id!,
                    by: ContactConsent.publicForm, locks: app.services.eventLocks, on: app.db)
            }
            let links = EventMessages.Links(absolute: { "https://tandem.example.nhs.uk" + $0 })
            // Three days before: not yet. Two days before: Ana (with the place) is reminded; Ben (waiting) is not.
            #expect(try await EventReminders.sendDue(now: now, links: links, on: app.db) == 0)
            let later = now.addingTimeInterval(1.5 * 86_400)
            #expect(try await EventReminders.sendDue(now: later, links: links, on: app.db) == 1)
            #expect(try await EventReminders.sendDue(now: later.addingTimeInterval(3_600), links: links, on: app.db) == 0)
            let reminder = try #require(
                try await OutboxEmail.query(on: app.db).filter(\.$subject == "Reminder: PPG workshop").first())
            #expect(reminder.toAddress == "ana@example.org" && reminder.attachmentName == "event.ics")
            #expect(reminder.attachmentBody?.contains("URL:https://tandem.example.nhs.uk/whats-on/") == true)
            // Switched off, no reminder goes.
            event.remindedAt = nil
            event.reminderDays = nil
            try await event.save(on: app.db)
            #expect(try await EventReminders.sendDue(now: later, links: links, on: app.db) == 0)
        }
    }
}
