import Fluent
import TandemCore
import Vapor

/// The public side of events: "What's on", an event's page with its registration form,
/// its calendar entry, and the personal link that gives a place up. No sign-in needed;
/// only published events for the public are shown.
enum PublicEventController {
    static let perPage = 25

    static func whatsOn(req: Request) async throws -> Response {
        let model = try await whatsOnModel(
            try req.query.decode(EventFilter.self), audiences: EventRules.audiencesVisible(to: req.currentUser?.role),
            page: req.requestedPage, now: Date(), on: req.db)
        return WhatsOnPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func whatsOnModel(
        _ filter: EventFilter = EventFilter(), audiences: [EventAudience] = [.public], page: Int?, now: Date,
        on db: any Database
    ) async throws -> WhatsOnPage.Model {
        let query = Event.query(on: db).filter(\.$status == .published).filter(\.$audience ~~ audiences)
            .filter(\.$endsAt >= now)
        let topics = Set(try await query.copy().all(\.$topics).flatMap { $0 }).sorted()
        if let kind = filter.eventKind { query.filter(\.$kind == kind) }
        if let topic = filter.topicChosen { query.filter(ArrayColumn.filter(Event.self, "topics", anyOf: [topic], on: db)) }
        let pagination = Pagination(page: page, perPage: perPage, totalItems: try await query.count())
        let events = try await query.sort(\.$startsAt).range(pagination.offset..<(pagination.offset + perPage)).all()
        return WhatsOnPage.Model(
            rows: events.map { event in
                .init(
                    id: event.savedID, title: event.title, summary: event.summary, kind: event.kind,
                    when: UKTime.span(from: event.startsAt, to: event.endsAt), place: event.venue ?? "Online",
                    full: event.capacity.map { event.placesTaken >= $0 } ?? false)
            },
            filter: filter, topics: topics, pagination: pagination)
    }

    static func show(req: Request) async throws -> Response {
        let event = try await findPublic(req)
        return try await render(req, event: event, form: RegistrationForm(), errors: FormErrors())
    }

    static func register(req: Request) async throws -> Response {
        let event = try await findPublic(req)
        let eventID = try event.requireID()
        let form = try req.content.decode(RegistrationForm.self)
        guard isOpen(event, now: Date()) else {
            throw AppError.conflict("This event is not taking registrations")
        }
        var valid: RegistrationForm.Valid
        switch form.validate(inPerson: event.venue != nil) {
        case .failure(let errors):
            return try await render(req, event: event, form: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let already = try await EventRegistration.query(on: req.db).filter(\.$event.$id == eventID)
            .filter(\.$email == valid.details.email).filter(\.$status != .cancelled).count()
        guard already == 0 else {
            var errors = FormErrors()
            errors.add(
                "email",
                "This email address is already registered. The link in your confirmation email lets you give the place up.")
            return try await render(req, event: event, form: form, errors: errors, status: .badRequest)
        }
        let signedIn = req.currentUser?.personID
        valid.details.personID = signedIn
        let actor = signedIn == nil ? ContactConsent.publicForm : req.auditActor
        let made = try await Registrations.register(
            valid.details, for: eventID, by: actor, locks: req.application.services.eventLocks, on: req.db)
        if valid.future {
            _ = try await ContactConsent.record(
                signedIn.map { .person($0) } ?? .address(valid.details.email, name: valid.details.name),
                howGiven:
                    "Ticked \u{201C}tell me about future events\u{201D} when registering for \u{201C}\(event.title)\u{201D}",
                on: req.db)
        }
        return try await confirm(made, of: event, req)
    }

    /// Someone signed in registers with one click, with the name, email, phone and access
    /// needs Tandem already holds for them; pressing the button is their agreement to be
    /// contacted about this event.
    static func registerMe(req: Request) async throws -> Response {
        let event = try await findPublic(req)
        let eventID = try event.requireID()
        let user = try req.requireUser()
        guard isOpen(event, now: Date()) else { throw AppError.conflict("This event is not taking registrations") }
        guard let person = try await Person.find(user.personID, on: req.db) else { throw AppError.notFound }
        guard let email = person.email.nonBlank else {
            var errors = FormErrors()
            errors.add("register-me", "Add your email address to your profile first, so we can confirm your place")
            return try await render(req, event: event, form: RegistrationForm(), errors: errors, status: .badRequest)
        }
        let already = try await EventRegistration.query(on: req.db).filter(\.$event.$id == eventID)
            .filter(\.$status != .cancelled).group(.or) { $0.filter(\.$person.$id == user.personID).filter(\.$email == email) }
            .count()
        guard already == 0 else {
            try await req.flash("You are already registered. Your confirmation email has the link to your place.")
            return req.seeOther(SiteURL.publicEvent(.value(eventID)))
        }
        let organisation = try await req.ownOrganisationName()
        let details = Registrations.Details(
            name: person.name, email: email, phone: person.phone, organisationText: organisation, accessNeeds: person.accessNeeds,
            accessOther: person.accessNeedsOther, personID: user.personID)
        let made = try await Registrations.register(
            details, for: eventID, by: req.auditActor, locks: req.application.services.eventLocks, on: req.db)
        return try await confirm(made, of: event, req)
    }

    /// Emails the new registration its confirmation (or its place on the waiting list) and says so on the page.
    private static func confirm(_ made: Registrations.Made, of event: Event, _ req: Request) async throws -> Response {
        try await EventMessages.registered(made, event: event, links: links(req), on: req.db)
        req.application.services.outboxDelivery.deliverSoon(req.application)
        let email = made.registration.email
        try await req.flash(
            made.registration.status == .confirmed
                ? "You have a place. We have emailed your confirmation and calendar entry to \(email)."
                : "The event is full, so you are on the waiting list. We have emailed \(email), and will again if a place comes free."
        )
        return req.seeOther(SiteURL.publicEvent(.value(try event.requireID())))
    }

    static func calendar(req: Request) async throws -> Response {
        let event = try await findPublic(req)
        return Response.download(
            ICalendar.document(try EventMessages.calendarEntry(event, links: links(req))),
            type: HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"]), fileName: "event.ics")
    }

    static func cancelForm(req: Request) async throws -> Response {
        let (registration, event) = try await findByToken(req)
        let checkIn = req.wholeURL(
            SiteURL.event(.value(try event.requireID()), .checkInCode(.value(registration.checkInCode))).path)
        let showsCode = registration.status == .confirmed && event.endsAt > Date() && event.status != .cancelled
        return CancelPlacePage.render(
            .init(
                token: try req.text(.token), name: registration.name, eventTitle: event.title,
                when: UKTime.span(from: event.startsAt, to: event.endsAt), status: registration.status,
                checkInCode: registration.checkInCode,
                qrCode: showsCode ? try? QRCode.encode(checkIn).svg(label: "Check-in QR code for \(registration.name)") : nil),
            context: try await PageContext.withForm(req)
        ).response()
    }

    static func cancel(req: Request) async throws -> Response {
        let (registration, event) = try await findByToken(req)
        let promoted = try await Registrations.cancel(
            registration, by: ContactConsent.publicForm, locks: req.application.services.eventLocks, on: req.db)
        for person in promoted { try await EventMessages.promoted(person, event: event, links: links(req), on: req.db) }
        if !promoted.isEmpty { req.application.services.outboxDelivery.deliverSoon(req.application) }
        return req.seeOther(SiteURL.cancelRegistration(.value(try req.text(.token))))
    }

    // MARK: loading

    /// A published (or since held or cancelled) event this person may see (`EventRules.audiencesVisible`);
    /// anything else is not found.
    private static func findPublic(_ req: Request) async throws -> Event {
        guard let event = try await Event.find(try req.id(.event), on: req.db),
            EventRules.audiencesVisible(to: req.currentUser?.role).contains(event.audience), event.status != .draft
        else { throw AppError.notFound }
        return event
    }

    private static func findByToken(_ req: Request) async throws -> (EventRegistration, Event) {
        guard let registration = try await Registrations.find(token: try req.text(.token), on: req.db),
            let event = try await Event.find(registration.$event.id, on: req.db)
        else { throw AppError.notFound }
        return (registration, event)
    }

    /// "Ana Lee (ana@example.org)" for someone signed in, who registers with one click.
    private static func signedInName(_ req: Request) async throws -> String? {
        guard let user = req.currentUser, let person = try await Person.find(user.personID, on: req.db) else { return nil }
        return person.name + (person.email.nonBlank.map { " (\($0))" } ?? "")
    }

    static func isOpen(_ event: Event, now: Date) -> Bool { event.status.takesRegistrations && event.startsAt > now }

    static func links(_ req: Request) -> EventMessages.Links {
        let config = req.application.config
        return EventMessages.Links(absolute: { config.absoluteURL($0) })
    }

    private static func render(
        _ req: Request, event: Event, form: RegistrationForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = PublicEventPage.Model(
            id: try event.requireID(), title: event.title, summary: event.summary, details: event.details, kind: event.kind,
            status: event.status, cancelReason: event.cancelReason, when: UKTime.span(from: event.startsAt, to: event.endsAt),
            venue: event.venue, access: event.accessFeatures, online: event.venue == nil,
            placesLeft: event.capacity.map { max(0, $0 - event.placesTaken) }, open: isOpen(event, now: Date()), form: form,
            signedInAs: try await signedInName(req),
            withPartners: try await EventFacilitators.of(try event.requireID(), on: req.db).contains(where: \.isPartner),
            errors: errors)
        return PublicEventPage.render(model, context: try await PageContext.withForm(req)).response(status)
    }
}
