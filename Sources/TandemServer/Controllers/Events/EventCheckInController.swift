import Fluent
import TandemCore
import Vapor

/// On the day, at the door: each person's QR code (on their own place page) opens their
/// check-in on the organiser's phone; a code can be typed instead; people who turn up
/// without registering are added as walk-ins, present at once.
enum EventCheckInController {
    static func page(req: Request) async throws -> Response {
        try await render(req, try await EventController.find(req))
    }

    /// What a scanned QR code opens: the person, and one button to check them in.
    static func scanned(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        let code = try req.text(.checkInCode)
        guard let registration = try await registration(code, of: event, on: req.db) else {
            var errors = FormErrors()
            errors.add("code", "No place at this event has the code \(code). Check it, or add the person as a walk-in.")
            return try await render(req, event, typed: code, errors: errors, status: .notFound)
        }
        return try await render(req, event, scanned: registration)
    }

    /// Checks in the person with the code typed or scanned.
    static func checkIn(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        var errors = FormErrors()
        guard let registration = try await registration(typed, of: event, on: req.db) else {
            errors.add(
                "code",
                typed.trimmingCharacters(in: .whitespaces).isEmpty
                    ? "Enter the check-in code from the person's email or place page"
                    : "No place at this event has that code. Check it, or add the person as a walk-in.")
            return try await render(req, event, typed: typed, errors: errors, status: .badRequest)
        }
        guard registration.status == .confirmed else {
            errors.add(
                "code",
                "\(registration.name) is \(registration.status == .waiting ? "on the waiting list" : "no longer registered"), without a place. Add them as a walk-in if there is room."
            )
            return try await render(req, event, typed: typed, errors: errors, status: .conflict)
        }
        let already = registration.attendance == .present
        if !already {
            registration.attendance = .present
            try await registration.save(
                .by(req.auditActor, label: "\(registration.name) at \(event.title)", fields: ["attendance"]), on: req.db)
        }
        try await req.flash(already ? "\(registration.name) was already checked in" : "\(registration.name) is checked in")
        return req.seeOther(SiteURL.event(.value(try event.requireID()), .checkIn))
    }

    /// Someone who came without registering: a place if one is free, present at once.
    static func walkIn(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        let form = try req.content.decode(WalkInForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, event, walkIn: form, errors: errors, status: .badRequest)
        case .success(let details):
            do {
                _ = try await Registrations.register(
                    details, for: try event.requireID(), by: req.auditActor, locks: req.application.services.eventLocks,
                    walkIn: true, on: req.db)
            } catch RegistrationError.full {
                var errors = FormErrors()
                errors.add(
                    "walk-in-name",
                    "All \(event.capacity ?? 0) places are taken. Raise the number of places to add a walk-in.")
                return try await render(req, event, walkIn: form, errors: errors, status: .conflict)
            } catch RegistrationError.notOpen {
                throw AppError.conflict("Walk-ins can be added once the event is published, and on the day it is held")
            }
            try await req.flash("\(details.name) is added as a walk-in and checked in")
            return req.seeOther(SiteURL.event(.value(try event.requireID()), .checkIn))
        }
    }

    /// The registration with this code at this event, however it was typed (case, spaces).
    private static func registration(_ typed: String, of event: Event, on db: any Database) async throws -> EventRegistration? {
        let code = typed.uppercased().filter { $0.isLetter || $0.isNumber }
        guard code.count == 6 else { return nil }
        return try await EventRegistration.query(on: db).filter(\.$event.$id == event.requireID())
            .filter(\.$checkInCode == code).filter(\.$status != .cancelled).first()
    }

    private static func render(
        _ req: Request, _ event: Event, scanned: EventRegistration? = nil, typed: String? = nil,
        walkIn: WalkInForm = WalkInForm(), errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let registrations = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.requireID())
            .filter(\.$status == .confirmed).all()
        let model = CheckInPage.Model(
            id: try event.requireID(), title: event.title, when: UKTime.span(from: event.startsAt, to: event.endsAt),
            present: registrations.filter { $0.attendance == .present }.count, withPlaces: registrations.count,
            placesLeft: event.capacity.map { max(0, $0 - event.placesTaken) },
            scanned: scanned.map {
                .init(
                    name: $0.name, organisation: $0.organisationText, code: $0.checkInCode, status: $0.status,
                    present: $0.attendance == .present)
            },
            typed: typed, walkIn: walkIn, errors: errors)
        return CheckInPage.render(model, context: try await PageContext.withForm(req, section: .events)).response(status)
    }
}
