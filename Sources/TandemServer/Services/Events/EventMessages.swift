import Fluent
import Foundation
import TandemCore

/// What Tandem tells people about an event, by email through the outbox (and in the
/// Tandem inbox of people with an account): a place or a place on the waiting list, a
/// place freed for them, a reminder, a cancellation. Every email but a cancellation
/// carries the event as a calendar entry (`.ics`) and the person's own cancel link.
enum EventMessages {
    /// Where the links in the emails point: the public address when one is set (`AppConfig.absoluteURL`).
    struct Links: Sendable {
        let absolute: @Sendable (String) -> String
    }

    static func calendarEntry(_ event: Event, links: Links) throws -> ICalendarEvent {
        var entry = ICalendarEvent(
            uid: "\(try event.requireID().lowercasedString)@tandem", start: event.startsAt, end: event.endsAt,
            summary: event.title)
        entry.description = event.summary
        entry.location = event.venue ?? "Online: the joining link is in your confirmation email"
        entry.url = links.absolute(SiteURL.publicEvent(.value(try event.requireID())).path)
        entry.isCancelled = event.status == .cancelled
        entry.sequence = event.sequence
        return entry
    }

    /// The email a new registration gets.
    static func registered(
        _ made: Registrations.Made, event: Event, links: Links, on db: any Database
    ) async throws {
        let registration = made.registration
        let cancel = links.absolute(SiteURL.cancelRegistration(.value(made.cancelToken)).path)
        let when = UKTime.span(from: event.startsAt, to: event.endsAt)
        let body: String
        let subject: String
        if registration.status == .confirmed {
            subject = "Your place: \(event.title)"
            body = """
                Dear \(registration.name),

                You have a place at \u{201C}\(event.title)\u{201D}.

                When: \(when) (UK time)
                \(where_(event))
                Your check-in code: \(registration.checkInCode)

                Your place, with a QR code to show at the door: \(cancel)
                The calendar entry is attached. If you cannot come, please give your place up on that page, so someone on the waiting list can have it.
                """
        } else {
            subject = "On the waiting list: \(event.title)"
            body = """
                Dear \(registration.name),

                \u{201C}\(event.title)\u{201D} (\(when), UK time) is full, so you are on the waiting list, number \(try await placeInQueue(registration, on: db)). If a place comes free it is yours, and we will email you at once.

                To leave the waiting list: \(cancel)
                """
        }
        try await send(
            to: registration, subject: subject, body: body,
            calendar: registration.status == .confirmed ? try calendarEntry(event, links: links) : nil, on: db)
    }

    /// The email someone gets when a place comes free for them.
    static func promoted(_ registration: EventRegistration, event: Event, links: Links, on db: any Database) async throws {
        let body = """
            Dear \(registration.name),

            A place has come free at \u{201C}\(event.title)\u{201D}, and it is yours.

            When: \(UKTime.span(from: event.startsAt, to: event.endsAt)) (UK time)
            \(where_(event))
            Your check-in code: \(registration.checkInCode)

            The calendar entry is attached. The link in your first email now shows your place, with a QR code to show at the door; if you can no longer come, you can give the place up there.
            """
        try await send(
            to: registration, subject: "A place for you: \(event.title)", body: body,
            calendar: try calendarEntry(event, links: links), on: db)
    }

    /// Everyone registered hears that the event is cancelled, and why.
    static func cancelled(_ event: Event, reason: String, links: Links, on db: any Database) async throws -> Int {
        let people = try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$status != .cancelled).all()
        for registration in people {
            let body = """
                Dear \(registration.name),

                We are sorry: \u{201C}\(event.title)\u{201D} on \(UKTime.span(from: event.startsAt, to: event.endsAt)) is cancelled.

                Why: \(reason)

                The attached calendar entry removes it from your calendar.
                """
            try await send(
                to: registration, subject: "Cancelled: \(event.title)", body: body,
                calendar: try calendarEntry(event, links: links), on: db)
        }
        return people.count
    }

    /// Everyone registered hears of a new time or place, with the updated calendar entry.
    static func changed(_ event: Event, changes: [String], links: Links, on db: any Database) async throws -> Int {
        let people = try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$status != .cancelled).all()
        for registration in people {
            let body = """
                Dear \(registration.name),

                \u{201C}\(event.title)\u{201D} has a new \(changes.joined(separator: " and ")).

                When: \(UKTime.span(from: event.startsAt, to: event.endsAt)) (UK time)
                \(registration.status == .confirmed ? where_(event) : event.venue.map { "Where: \($0)" } ?? "Online")

                The attached calendar entry updates the one in your calendar.
                """
            try await send(
                to: registration, subject: "Changed: \(event.title)", body: body,
                calendar: try calendarEntry(event, links: links), on: db)
        }
        return people.count
    }

    /// The organiser's own message to everyone with a place (and, if they choose, the waiting list).
    static func message(
        _ event: Event, subject: String, text: String, includeWaiting: Bool, on db: any Database
    ) async throws -> Int {
        let statuses: [RegistrationStatus] = includeWaiting ? [.confirmed, .waiting] : [.confirmed]
        let people = try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$status ~~ statuses).all().filter { !$0.email.isEmpty || $0.$person.id != nil }
        for registration in people {
            let body = """
                Dear \(registration.name),

                \(text)

                About \u{201C}\(event.title)\u{201D}, \(UKTime.span(from: event.startsAt, to: event.endsAt)) (UK time).
                """
            try await send(to: registration, subject: subject, body: body, calendar: nil, on: db)
        }
        return people.count
    }

    /// The link to the feedback survey, to everyone who came.
    static func feedback(_ event: Event, survey: Survey, links: Links, on db: any Database) async throws -> Int {
        let people = try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$attendance == .present).all()
        let address = links.absolute(SiteURL.publicSurvey(.value(survey.publicToken)).path)
        for registration in people {
            let body = """
                Dear \(registration.name),

                Thank you for coming to \u{201C}\(event.title)\u{201D}. Please tell us how it went: it takes a few minutes, and it shapes the next one.

                \(address)
                """
            try await send(to: registration, subject: "How was it? \(event.title)", body: body, calendar: nil, on: db)
        }
        return people.count
    }

    /// The reminder before the event, to everyone with a place.
    static func reminder(_ event: Event, links: Links, on db: any Database) async throws -> Int {
        let people = try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$status == .confirmed).all()
        for registration in people {
            let body = """
                Dear \(registration.name),

                A reminder: \u{201C}\(event.title)\u{201D} is on \(UKTime.span(from: event.startsAt, to: event.endsAt)) (UK time).
                \(where_(event))
                Your check-in code: \(registration.checkInCode)

                If you can no longer come, please use the cancel link in your first email so someone else can have your place.
                """
            try await send(
                to: registration, subject: "Reminder: \(event.title)", body: body,
                calendar: try calendarEntry(event, links: links), on: db)
        }
        return people.count
    }

    /// Where, in words: the venue with its access, or the joining link (for people with a place).
    static func where_(_ event: Event) -> String {
        if let venue = event.venue {
            let access = event.accessFeatures.map { $0.prefix(1).lowercased() + $0.dropFirst() }
            return "Where: \(venue)" + (access.isEmpty ? "" : " (\(access.joined(separator: ", ")))")
        }
        return "Online: \(event.joiningLink ?? "the joining link will follow")"
    }

    private static func placeInQueue(_ registration: EventRegistration, on db: any Database) async throws -> Int {
        try await EventRegistration.query(on: db).filter(\.$event.$id == registration.$event.id)
            .filter(\.$status == .waiting).filter(\.$position <= registration.position).count()
    }

    private static func send(
        to registration: EventRegistration, subject: String, body: String, calendar: ICalendarEvent?, on db: any Database
    ) async throws {
        if let personID = registration.$person.id {
            try await InboxMessage(personID: personID, subject: subject, body: body, link: nil).create(on: db)
        }
        // A walk-in added without an email address hears nothing by email.
        guard !registration.email.isEmpty else { return }
        let email = OutboxEmail(personID: registration.$person.id, to: registration.email, subject: subject, body: body)
        if let calendar {
            (email.attachmentName, email.attachmentType, email.attachmentBody) =
                ("event.ics", ICalendar.contentType, ICalendar.document(calendar))
        }
        try await email.create(on: db)
    }
}
