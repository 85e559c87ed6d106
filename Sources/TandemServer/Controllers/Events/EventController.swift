import Fluent
import TandemCore
import Vapor

/// Events for their organisers (coordinators and admins, and staff for their own
/// organisation's events): planning one, publishing or cancelling it (everyone registered is
/// told why), the people registered with their access needs, and attendance on the day.
enum EventController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        try req.authorize(.planEvents)
        let filter = try req.query.decode(EventFilter.self)
        let model = try await listModel(
            filter, onlyOf: ownOrganisationOnly(req), page: req.requestedPage, now: Date(), on: req.db)
        return EventListPage.render(model, context: try await PageContext.make(req, section: .events)).response()
    }

    /// Staff see and run only their own organisation's events; nil for coordinators and admins.
    static func ownOrganisationOnly(_ req: Request) -> UUID? {
        req.currentUser.flatMap { $0.role == .staff ? $0.organisationID : nil }
    }

    static func listModel(
        _ filter: EventFilter, onlyOf organisation: UUID? = nil, page: Int?, now: Date, on db: any Database
    ) async throws -> EventListPage.Model {
        let past = filter.past
        let query = Event.query(on: db)
        if let organisation { query.filter(\.$organisation.$id == organisation) }
        if past { query.filter(\.$endsAt < now) } else { query.filter(\.$endsAt >= now) }
        let topics = Set(try await query.copy().all(\.$topics).flatMap { $0 }).sorted()
        let organisationIDs = Array(Set(try await query.copy().all(\.$organisation.$id).compactMap { $0 }))
        if let kind = filter.eventKind { query.filter(\.$kind == kind) }
        if let audience = filter.eventAudience { query.filter(\.$audience == audience) }
        if let organisationID = filter.organisationID { query.filter(\.$organisation.$id == organisationID) }
        if let topic = filter.topicChosen { query.filter(ArrayColumn.filter(Event.self, "topics", anyOf: [topic], on: db)) }
        let pagination = Pagination(page: page, perPage: perPage, totalItems: try await query.count())
        let events = try await query.sort(\.$startsAt, past ? .descending : .ascending)
            .range(pagination.offset..<(pagination.offset + perPage)).all()
        return EventListPage.Model(
            rows: events.map { event in
                .init(
                    id: event.savedID, title: event.title, kind: event.kind, status: event.status,
                    when: UKTime.span(from: event.startsAt, to: event.endsAt), places: places(event))
            },
            filter: filter, topics: topics,
            organisations: try await Organisation.query(on: db).filter(\.$id ~~ organisationIDs).sort(\.$name).all()
                .map { .init(value: $0.savedID.uuidString, label: $0.name) },
            pagination: pagination)
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.planEvents)
        return try await renderForm(req, event: nil, form: EventForm(), errors: FormErrors())
    }

    /// The new-event form filled in by another area (a workshop on a need PPGs share); saved as any new event is.
    static func newFilledIn(_ req: Request, form: EventForm) async throws -> Response {
        try req.authorize(.planEvents)
        return try await renderForm(req, event: nil, form: form, errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.planEvents)
        var form = try req.content.decode(EventForm.self)
        if let own = ownOrganisationOnly(req) { form.organisation = own.uuidString }
        switch form.validate(today: Date()) {
        case .failure(let errors):
            return try await renderForm(req, event: nil, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let (runBy, runByErrors) = try await facilitators(valid, on: req.db)
            guard runByErrors.isEmpty else {
                return try await renderForm(req, event: nil, form: form, errors: runByErrors, status: .badRequest)
            }
            let event = Event(
                title: valid.title, summary: valid.summary, kind: valid.kind, startsAt: valid.startsAt, endsAt: valid.endsAt,
                capacity: valid.capacity, audience: valid.audience, createdByID: req.currentUser?.personID)
            valid.apply(to: event)
            try await req.db.transaction { db in
                try await event.create(on: db)
                try await EventFacilitators.replace(try event.requireID(), with: runBy, on: db)
            }
            try await req.flash("Event saved as a draft. Publish it when it is ready for people to register.")
            return req.seeOther(SiteURL.event(.value(try event.requireID())))
        }
    }

    /// The people who run it, found by the addresses typed; the form's error when some are not in Tandem.
    private static func facilitators(_ valid: EventForm.Valid, on db: any Database) async throws -> ([UUID], FormErrors) {
        let (people, unknown) = try await PeopleByEmail.find(valid.runBy, on: db)
        var errors = FormErrors()
        if !unknown.isEmpty { errors.add("run-by", PeopleByEmail.problem(unknown)) }
        return (people, errors)
    }

    static func edit(req: Request) async throws -> Response {
        let event = try await find(req)
        var form = EventForm(event)
        form.runBy = try await EventFacilitators.of(try event.requireID(), on: req.db).map(\.email).joined(separator: "\n")
        return try await renderForm(req, event: event, form: form, errors: FormErrors())
    }

    /// Saves a changed event. The places cannot drop below those taken; a change of time or
    /// place is told to everyone registered, with the updated calendar entry; more places
    /// move people up from the waiting list.
    static func update(req: Request) async throws -> Response {
        let event = try await find(req)
        let form = try req.content.decode(EventForm.self)
        let valid: EventForm.Valid
        switch form.validate(today: min(Date(), CalendarDate.startOfDay(event.startsAt))) {
        case .failure(let errors): return try await renderForm(req, event: event, form: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        if let own = ownOrganisationOnly(req), valid.organisationID != own {
            throw AppError.forbidden
        }
        let (runBy, runByErrors) = try await facilitators(valid, on: req.db)
        guard runByErrors.isEmpty else {
            return try await renderForm(req, event: event, form: form, errors: runByErrors, status: .badRequest)
        }
        do {
            try EventRules.check(start: valid.startsAt, end: valid.endsAt, capacity: valid.capacity, confirmed: event.placesTaken)
        } catch {
            var errors = FormErrors()
            errors.add("capacity", error.message)
            return try await renderForm(req, event: event, form: form, errors: errors, status: .badRequest)
        }
        let changes = EventRules.changesToTell(
            start: (event.startsAt, valid.startsAt), end: (event.endsAt, valid.endsAt), venue: (event.venue, valid.venue),
            joiningLink: (event.joiningLink, valid.joiningLink))
        let links = PublicEventController.links(req)
        let actor = req.auditActor
        let (told, promoted) = try await req.application.services.eventLocks.run(try event.requireID()) {
            try await req.db.transaction { db -> (Int, [EventRegistration]) in
                valid.apply(to: event)
                event.updatedAt = Date()
                try await EventFacilitators.replace(try event.requireID(), with: runBy, on: db)
                if !changes.isEmpty {
                    event.sequence += 1
                    event.remindedAt = nil
                }
                try await event.save(on: db)
                let promoted = try await Registrations.promote(event, by: actor, on: db)
                for person in promoted { try await EventMessages.promoted(person, event: event, links: links, on: db) }
                let told =
                    changes.isEmpty ? 0 : try await EventMessages.changed(event, changes: changes, links: links, on: db)
                return (told, promoted)
            }
        }
        if told + promoted.count > 0 { req.application.services.outboxDelivery.deliverSoon(req.application) }
        var said = "Event saved."
        if told > 0 {
            said +=
                " \(counted(told, "person", "people")) registered \(told == 1 ? "has" : "have") been told of the new \(changes.joined(separator: " and "))."
        }
        if !promoted.isEmpty { said += " \(counted(promoted.count, "person", "people")) moved up from the waiting list." }
        try await req.flash(said)
        return req.seeOther(SiteURL.event(.value(try event.requireID())))
    }

    private static func renderForm(
        _ req: Request, event: Event?, form: EventForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let own = ownOrganisationOnly(req)
        let projectQuery = Project.query(on: req.db).sort(\.$title)
        let organisationQuery = Organisation.query(on: req.db).filter(\.$archivedAt == nil).sort(\.$name)
        if let own {
            projectQuery.filter(\.$organisation.$id == own)
            organisationQuery.filter(\.$id == own)
        }
        let projects = try await projectQuery.all().map { FormField.Option(value: $0.savedID.uuidString, label: $0.title) }
        let organisations = try await organisationQuery.all().map {
            FormField.Option(value: $0.savedID.uuidString, label: $0.name)
        }
        return EventFormPage.render(
            .init(
                id: event?.id, eventTitle: event?.title, projects: projects, organisations: organisations,
                organisationFixed: own != nil, form: form, errors: errors),
            context: try await PageContext.withForm(req, section: .events)
        ).response(status)
    }

    static func show(req: Request) async throws -> Response {
        let event = try await find(req)
        return try await render(req, event: event, errors: FormErrors())
    }

    /// Publish, hold or cancel; a cancellation needs a reason and tells everyone registered.
    static func changeStatus(req: Request) async throws -> Response {
        let event = try await find(req)
        let target = (try? req.content.get(String.self, at: "status")).flatMap(EventStatus.init(rawValue:))
        let reason = (try? req.content.get(String.self, at: "reason"))?.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FormErrors()
        guard let target else {
            errors.add("status", "Choose what happens to the event")
            return try await render(req, event: event, errors: errors, status: .badRequest)
        }
        do {
            try EventRules.check(from: event.status, to: target, reason: reason)
        } catch {
            errors.add(error == .reasonNeeded ? "reason" : "status", error.message)
            return try await render(req, event: event, errors: errors, status: .badRequest)
        }
        let links = PublicEventController.links(req)
        let told = try await req.db.transaction { db -> Int in
            event.status = target
            event.updatedAt = Date()
            event.sequence += 1
            if target == .cancelled { event.cancelReason = reason }
            try await event.save(on: db)
            return target == .cancelled ? try await EventMessages.cancelled(event, reason: reason ?? "", links: links, on: db) : 0
        }
        if told > 0 { req.application.services.outboxDelivery.deliverSoon(req.application) }
        let said: String =
            switch target {
            case .published: "Published. People can now register."
            case .cancelled:
                "Cancelled. \(counted(told, "person", "people")) registered \(told == 1 ? "has" : "have") been told why."
            case .held: "Marked as held."
            case .draft: "Saved."
            }
        try await req.flash(said)
        return req.seeOther(SiteURL.event(.value(try event.requireID())))
    }

    /// The organiser's message to everyone registered, through the outbox (and their Tandem inbox).
    static func message(req: Request) async throws -> Response {
        let event = try await find(req)
        let form = try req.content.decode(EventMessageForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, event: event, errors: errors, messageForm: form, status: .badRequest)
        case .success(let valid):
            let sent = try await req.db.transaction { db in
                try await EventMessages.message(
                    event, subject: valid.subject, text: valid.text, includeWaiting: valid.includeWaiting, on: db)
            }
            if sent > 0 { req.application.services.outboxDelivery.deliverSoon(req.application) }
            try await req.flash("Message sent to \(counted(sent, "person", "people"))")
            return req.seeOther(SiteURL.event(.value(try event.requireID())))
        }
    }

    /// The register on the day: present, apologies or did not attend, for each person with a place.
    static func attendance(req: Request) async throws -> Response {
        let event = try await find(req)
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.requireID())
            .filter(\.$status == .confirmed).all()
        let actor = req.auditActor
        try await req.db.transaction { db in
            for registration in registrations {
                let field = "attendance-\(try registration.requireID().lowercasedString)"
                let chosen = (try? req.content.get(String.self, at: field)).flatMap(Attendance.init(rawValue:))
                guard chosen != registration.attendance else { continue }
                registration.attendance = chosen
                try await registration.save(
                    .by(actor, label: "\(registration.name) at \(event.title)", fields: ["attendance"]), on: db)
            }
        }
        try await req.flash("Attendance saved")
        return req.seeOther(SiteURL.event(.value(try event.requireID())))
    }

    /// The registrations as a spreadsheet, for the organisers; every download is in the audit log.
    static func export(req: Request) async throws -> Response {
        let event = try await find(req)
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.requireID())
            .sort(\.$position).all()
        var csv = CSVWriter.row([
            "name", "email", "phone", "organisation or practice", "place", "order of joining", "access needs", "other needs",
            "dietary needs", "future events", "attendance", "registered",
        ])
        for registration in registrations {
            csv += CSVWriter.row([
                registration.name, registration.email, registration.phone ?? "", registration.organisationText ?? "",
                registration.status.label, String(registration.position),
                registration.accessNeeds.compactMap { AccessNeed(rawValue: $0)?.label }.joined(separator: "; "),
                registration.accessOther ?? "", registration.dietary ?? "", registration.contactAboutFuture ? "yes" : "no",
                registration.attendance?.label ?? "", ISO8601DateFormatter().string(from: registration.createdAt),
            ])
        }
        try await AuditTrail.registrationsExported(event, people: registrations.count, by: req.auditActor, on: req.db)
        return Response.download(csv, type: Response.csv, fileName: "event-registrations.csv")
    }

    /// The event in the path, for someone who may run it: 403 for people who run no events,
    /// then 404 for an unknown event, then 403 for staff of another organisation.
    static func find(_ req: Request) async throws -> Event {
        try req.authorize(.planEvents)
        guard let event = try await Event.find(try req.id(.event), on: req.db) else { throw AppError.notFound }
        try req.authorize(.manageEvent(organisationID: event.$organisation.id))
        return event
    }

    /// Once the event has started: who came, from which organisations, what came out of it,
    /// and the feedback survey (one of the linked project's surveys).
    static func closing(
        _ event: Event, registrations: [EventRegistration], outcomes: String?, on db: any Database
    ) async throws -> EventPage.Closing? {
        guard event.startsAt <= Date() || event.status == .held else { return nil }
        let withPlaces = registrations.filter { $0.status == .confirmed }
        let came = withPlaces.filter { $0.attendance == .present }
        var byOrganisation: [String: Int] = [:]
        for person in came { byOrganisation[person.organisationText ?? "Not given", default: 0] += 1 }
        let project = try await event.$project.get(on: db)
        var surveys: [Survey] = []
        if let projectID = event.$project.id {
            surveys = try await Survey.query(on: db).filter(\.$project.$id == projectID).all()
        }
        return EventPage.Closing(
            present: came.count, apologies: withPlaces.filter { $0.attendance == .apologies }.count,
            didNotAttend: withPlaces.filter { $0.attendance == .didNotAttend }.count,
            notRecorded: withPlaces.filter { $0.attendance == nil }.count,
            byOrganisation: byOrganisation.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) },
            outcomes: outcomes ?? event.outcomes, project: try project.map { (try $0.requireID(), $0.title) },
            surveys: surveys.map {
                FormField.Option(value: $0.savedID.uuidString, label: "\($0.title) (\($0.status.label.lowercased()))")
            },
            feedbackSentAt: event.feedbackSentAt,
            feedbackSurvey: surveys.first { $0.id == event.$feedbackSurvey.id }?.title)
    }

    static func places(_ event: Event) -> String {
        guard let capacity = event.capacity else { return "\(event.placesTaken.commaGrouped) registered, no limit" }
        return "\(event.placesTaken.commaGrouped) of \(capacity.commaGrouped) taken"
    }

    static func render(
        _ req: Request, event: Event, errors: FormErrors, materialsForm: EventMaterialsForm? = nil,
        messageForm: EventMessageForm = EventMessageForm(), outcomes: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.requireID())
            .filter(\.$status != .cancelled).sort(\.$position).all()
        func needs(_ registration: EventRegistration) -> String {
            let named: [String] = registration.accessNeeds.compactMap { AccessNeed(rawValue: $0)?.label }
            let typed: [String] = [registration.accessOther, registration.dietary.map { "Diet: \($0)" }].compactMap { $0 }
            let all = named + typed
            return all.isEmpty ? "None given" : all.joined(separator: "; ")
        }
        let model = EventPage.Model(
            id: try event.requireID(), title: event.title, summary: event.summary, kind: event.kind, audience: event.audience,
            status: event.status, cancelReason: event.cancelReason, when: UKTime.span(from: event.startsAt, to: event.endsAt),
            place: event.venue ?? "Online", places: places(event),
            people: registrations.map { registration in
                .init(
                    id: registration.savedID, name: registration.name, email: registration.email,
                    organisation: registration.organisationText,
                    needs: needs(registration),
                    status: registration.status, attendance: registration.attendance, code: registration.checkInCode)
            },
            materials: try await Resource.query(on: req.db).filter(\.$event.$id == event.requireID()).sort(\.$createdAt).all()
                .map { .init(id: $0.savedID, title: $0.title, status: $0.status) },
            materialsForm: materialsForm ?? EventMaterialsForm(title: "Slides: \(event.title)"),
            maxUploadMB: req.application.config.maxUploadBytes >> 20,
            messageForm: messageForm, topics: event.topics,
            runBy: try await EventFacilitators.of(try event.requireID(), on: req.db).enumerated().map { index, person in
                person.name + (index == 0 ? " (lead)" : "") + (person.isPartner ? ", patient partner" : "")
            },
            closing: try await closing(event, registrations: registrations, outcomes: outcomes, on: req.db),
            errors: errors)
        return EventPage.render(model, context: try await PageContext.withForm(req, section: .events)).response(status)
    }
}
