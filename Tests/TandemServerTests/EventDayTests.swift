import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Events on the day and after: check-in by QR code or typed code, walk-ins, changes and messages")
struct EventDayTests {
    static func workshop(_ app: Application, capacity: Int = 2, topics: [String] = ["PPG support"]) async throws -> Event {
        // At 10am UK time three days ahead, so that it ends the same day whatever time the test runs
        // (a start late in the evening would end after midnight, which the form refuses).
        let day = UKTime.parts(of: Date().addingTimeInterval(3 * 86_400))
        let start = try UKTime.instant(year: day.year, month: day.month, day: day.day, hour: 10, minute: 0).get()
        let event = Event(
            title: "Getting your PPG going", summary: "A workshop", kind: .workshop, startsAt: start,
            endsAt: start.addingTimeInterval(7_200), capacity: capacity, audience: .public, createdByID: nil)
        event.venue = "Riverside Surgery"
        event.topics = topics
        event.status = .published
        try await event.create(on: app.db)
        return event
    }

    static func register(_ name: String, _ event: Event, _ app: Application) async throws -> Registrations.Made {
        try await Registrations.register(
            .init(name: name, email: "\(name.lowercased())@example.org"), for: event.id!, by: ContactConsent.publicForm,
            locks: app.services.eventLocks, on: app.db)
    }

    @Test func aScannedOrTypedCodeChecksThePersonIn() async throws {
        try await withTandem { app in
            let event = try await Self.workshop(app)
            let ana = try await Self.register("Ana", event, app)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)

            // Ana's own page shows her QR code, which opens her check-in on the organiser's phone.
            let place = try await TestBrowser(app).get(SiteURL.cancelRegistration(.value(ana.cancelToken)).path).body.string
            #expect(place.contains("<svg") && place.contains(ana.registration.checkInCode))
            let scanned = try await organiser.get(
                SiteURL.event(.value(event.id!), .checkInCode(.value(ana.registration.checkInCode))).path)
            #expect(scanned.status == .ok && scanned.body.string.contains("Check in Ana"))
            // The link from the code is for organisers only.
            #expect(
                try await TestBrowser(app).get(
                    SiteURL.event(.value(event.id!), .checkInCode(.value(ana.registration.checkInCode))).path
                ).status == .seeOther)

            let typed = ana.registration.checkInCode.lowercased().map(String.init).joined(separator: " ")
            let done = try await organiser.post(SiteURL.event(.value(event.id!), .checkIn).path, [("code", typed)])
            #expect(done.status == .seeOther)
            #expect(try await EventRegistration.find(ana.registration.id, on: app.db)?.attendance == .present)
            let page = try await organiser.get(SiteURL.event(.value(event.id!), .checkIn).path).body.string
            #expect(page.contains("Ana is checked in") && page.contains("1 of 1 checked in"))

            let wrong = try await organiser.post(SiteURL.event(.value(event.id!), .checkIn).path, [("code", "ZZZZZZ")])
            #expect(wrong.status == .badRequest && wrong.body.string.contains("No place at this event has that code"))
            #expect(wrong.body.string.contains("value=\"ZZZZZZ\""))
        }
    }

    @Test func walkInsTakeAFreePlaceAndArePresentButNeverPassTheCapacity() async throws {
        try await withTandem { app in
            let event = try await Self.workshop(app, capacity: 2)
            _ = try await Self.register("Ana", event, app)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await organiser.get(SiteURL.event(.value(event.id!), .checkIn).path)
            let added = try await organiser.post(
                SiteURL.event(.value(event.id!), .walkIn).path,
                [("walk-in-name", "Bea Walker"), ("walk-in-organisation", "Hillcrest PPG")])
            #expect(added.status == .seeOther)
            let bea = try #require(try await EventRegistration.query(on: app.db).filter(\.$name == "Bea Walker").first())
            #expect(bea.status == .confirmed && bea.attendance == .present && bea.email.isEmpty)
            let full = try await organiser.post(SiteURL.event(.value(event.id!), .walkIn).path, [("walk-in-name", "Cal Late")])
            #expect(full.status == .conflict && full.body.string.contains("All 2 places are taken"))
            #expect(full.body.string.contains("value=\"Cal Late\""))
            #expect(try await Event.find(event.id, on: app.db)?.placesTaken == 2)
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$toAddress == "").count() == 0)
        }
    }

    @Test func aChangedTimeIsToldToEveryoneWithTheUpdatedCalendarEntryAndMorePlacesMovePeopleUp() async throws {
        try await withTandem { app in
            let event = try await Self.workshop(app, capacity: 1)
            _ = try await Self.register("Ana", event, app)
            _ = try await Self.register("Ben", event, app)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            let form = EventForm(try #require(try await Event.find(event.id, on: app.db)))
            let edit = SiteURL.event(.value(event.id!), .edit).path
            #expect(try await organiser.get(edit).body.string.contains("value=\"Getting your PPG going\""))
            func fields(_ starts: String, capacity: String) -> [(String, String)] {
                [
                    ("title", form.title!), ("summary", form.summary!), ("kind", "workshop"), ("audience", "public"),
                    ("on-day", form.day!), ("on-month", form.month!), ("on-year", form.year!), ("starts", starts),
                    ("ends", form.ends!), ("venue", "Riverside Surgery"), ("capacity", capacity),
                    ("topics", "PPG support, Meetings"),
                ]
            }
            // Who runs it is found by email address; an address nobody in Tandem has is refused.
            let (_, partnerUser) = try await Fixtures.signedIn(.partner, app: app)
            let unknown = try await organiser.post(
                edit, fields(form.starts!, capacity: "1") + [("run-by", "nobody@example.org")])
            #expect(
                unknown.status == .badRequest
                    && unknown.body.string.contains("No one in Tandem has the address nobody@example.org"))
            _ = try await organiser.post(edit, fields(form.starts!, capacity: "1") + [("run-by", partnerUser.email.uppercased())])
            #expect(try await EventFacilitator.query(on: app.db).first()?.$person.id == partnerUser.$person.id)
            let publicPage = try await TestBrowser(app).get(SiteURL.publicEvent(.value(event.id!)).path).body.string
            #expect(publicPage.contains("Patient partners, as co-facilitators"))
            _ = try await organiser.get(edit)
            // Fewer places than people with one is refused in words.
            let refused = try await organiser.post(edit, fields(form.starts!, capacity: "0"))
            #expect(refused.status == .badRequest)
            let before = try await OutboxEmail.query(on: app.db).count()
            let moved = try await organiser.post(edit, fields("9:30am", capacity: "2"))
            #expect(moved.status == .seeOther)
            let saved = try #require(try await Event.find(event.id, on: app.db))
            #expect(saved.sequence == 1 && saved.topics == ["PPG support", "Meetings"])
            let emails = try await OutboxEmail.query(on: app.db).sort(\.$createdAt).all().dropFirst(before)
            #expect(
                emails.contains { $0.subject == "A place for you: Getting your PPG going" && $0.toAddress == "ben@example.org" })
            let changed = emails.filter { $0.subject == "Changed: Getting your PPG going" }
            #expect(changed.count == 2 && changed.allSatisfy { $0.attachmentBody?.contains("SEQUENCE:1") == true })
            #expect(changed[0].body.contains("has a new time"))
        }
    }

    @Test func theOrganiserEmailsEveryoneRegistered() async throws {
        try await withTandem { app in
            let event = try await Self.workshop(app, capacity: 1)
            _ = try await Self.register("Ana", event, app)
            _ = try await Self.register("Ben", event, app)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            _ = try await organiser.get(SiteURL.event(.value(event.id!)).path)
            let path = SiteURL.event(.value(event.id!), .message).path
            let empty = try await organiser.post(path, [("subject", "Parking"), ("who", "places")])
            #expect(empty.status == .badRequest && empty.body.string.contains("Enter your message"))
            _ = try await organiser.post(path, [("subject", "Parking"), ("message", "Use the back gate."), ("who", "places")])
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$subject == "Parking").count() == 1)
            _ = try await organiser.get(SiteURL.event(.value(event.id!)).path)
            _ = try await organiser.post(path, [("subject", "Slides"), ("message", "Slides to follow."), ("who", "everyone")])
            #expect(try await OutboxEmail.query(on: app.db).filter(\.$subject == "Slides").count() == 2)
        }
    }

    @Test func listsAreFilteredByKindTopicAudienceAndOrganisation() async throws {
        try await withTandem { app in
            let trust = try await Fixtures.organisation("Northvale Hospitals", on: app.db)
            let ppg = try await Self.workshop(app, topics: ["PPG support"])
            ppg.$organisation.id = trust.id
            try await ppg.save(on: app.db)
            let webinar = try await Self.workshop(app, topics: ["Co-production"])
            webinar.title = "Co-production webinar"
            webinar.kind = .webinar
            try await webinar.save(on: app.db)
            let (organiser, _) = try await Fixtures.signedIn(.coordinator, app: app)
            for (query, shows, hides) in [
                ("kind=webinar", "Co-production webinar", "Getting your PPG going"),
                ("topic=PPG+support", "Getting your PPG going", "Co-production webinar"),
                ("organisation=\(trust.id!.uuidString)", "Getting your PPG going", "Co-production webinar"),
            ] {
                let page = try await organiser.get(SiteURL.events.path + "?" + query).body.string
                #expect(page.contains(shows) && !page.contains(">\(hides)<"), "\(query)")
            }
            #expect(try await organiser.get(SiteURL.events.path + "?audience=staff").body.string.contains("No events match"))
            let public_ = try await TestBrowser(app).get(SiteURL.whatsOn.path + "?topic=Co-production").body.string
            #expect(public_.contains("Co-production webinar") && !public_.contains(">Getting your PPG going<"))
        }
    }
}
