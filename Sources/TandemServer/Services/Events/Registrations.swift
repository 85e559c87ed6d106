import Fluent
import Foundation
import TandemCore

/// Taking a place at an event and giving it up. A sign-up is confirmed while places are
/// left and joins the waiting list otherwise; a cancelled place goes to the first person
/// waiting, in the same transaction, so nothing is lost between the two.
enum Registrations {
    /// What someone gives when they sign up (already checked by the form).
    struct Details: Sendable {
        var name: String
        var email: String
        var phone: String? = nil
        var organisationText: String? = nil
        var accessNeeds: [String] = []
        var accessOther: String? = nil
        var dietary: String? = nil
        var contactAboutFuture = false
        /// The signed-in person signing up, if any.
        var personID: UUID? = nil
    }

    /// A registration, with its cancel link's token (kept only in the person's email).
    struct Made: Sendable {
        let registration: EventRegistration
        let cancelToken: String
    }

    /// A sign-up: a place while any are left, the waiting list otherwise. A walk-in, added by
    /// the organiser on the day (also once the event is marked held), takes a free place and is
    /// present at once; when every place is taken it is refused rather than put on the list.
    static func register(
        _ details: Details, for eventID: UUID, by actor: AuditActor, locks: EventLocks, walkIn: Bool = false,
        on db: any Database
    ) async throws -> Made {
        try await locks.run(eventID) {
            try await db.transaction { db in
                guard let event = try await Event.find(eventID, on: db),
                    event.status.takesRegistrations || (walkIn && event.status == .held)
                else {
                    throw RegistrationError.notOpen
                }
                let position = try await EventPlacesQuery.nextPosition(eventID, on: db)
                let confirmed = try await EventPlacesQuery.takePlace(eventID, on: db)
                if walkIn && !confirmed { throw RegistrationError.full }
                let token = SessionToken.generate()
                let registration = EventRegistration(
                    eventID: eventID, personID: details.personID, name: details.name, email: details.email,
                    status: confirmed ? .confirmed : .waiting, position: position, cancelTokenHash: SessionToken.hash(token),
                    checkInCode: checkInCode())
                registration.phone = details.phone
                registration.organisationText = details.organisationText
                registration.accessNeeds = details.accessNeeds
                registration.accessOther = details.accessOther
                registration.dietary = details.dietary
                registration.contactAboutFuture = details.contactAboutFuture
                if walkIn { registration.attendance = .present }
                try await registration.save(
                    .by(actor, label: "\(details.name) for \(event.title)", fields: ["name", "email", "access_needs"]), on: db)
                return Made(registration: registration, cancelToken: token)
            }
        }
    }

    /// Gives up a place (or a place on the waiting list) by its cancel link; returns who moved up.
    static func cancel(
        _ registration: EventRegistration, by actor: AuditActor, locks: EventLocks, on db: any Database
    ) async throws -> [EventRegistration] {
        let eventID = registration.$event.id
        return try await locks.run(eventID) {
            try await db.transaction { db in
                guard let current = try await EventRegistration.find(registration.requireID(), on: db),
                    current.status != .cancelled, let event = try await Event.find(eventID, on: db)
                else { return [] }
                let hadPlace = current.status == .confirmed
                current.status = .cancelled
                current.cancelledAt = Date()
                try await current.save(.by(actor, label: "\(current.name) for \(event.title)", fields: ["status"]), on: db)
                guard hadPlace else { return [] }
                try await EventPlacesQuery.givePlaceBack(eventID, on: db)
                return try await promote(event, by: actor, on: db)
            }
        }
    }

    /// Moves the earliest waiting into free places; called inside the transaction that freed them.
    static func promote(_ event: Event, by actor: AuditActor, on db: any Database) async throws -> [EventRegistration] {
        let eventID = try event.requireID()
        let waiting = try await EventRegistration.query(on: db).filter(\.$event.$id == eventID)
            .filter(\.$status == .waiting).sort(\.$position).all()
        var promoted: [EventRegistration] = []
        for registration in waiting {
            guard try await EventPlacesQuery.takePlace(eventID, on: db) else { break }
            registration.status = .confirmed
            try await registration.save(
                .by(actor, label: "\(registration.name) for \(event.title): off the waiting list", fields: ["status"]), on: db)
            promoted.append(registration)
        }
        return promoted
    }

    /// The registration a cancel link's token belongs to.
    static func find(token: String, on db: any Database) async throws -> EventRegistration? {
        try await EventRegistration.query(on: db).filter(\.$cancelTokenHash == SessionToken.hash(token)).first()
    }

    /// Six letters and digits that are hard to misread (no 0/O, 1/I/L), for typing at the door.
    static func checkInCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        return String((0..<6).map { _ in alphabet.randomElement()! })
    }
}

enum RegistrationError: Error, Equatable {
    case notOpen
    /// Every place is taken (a walk-in is not put on the waiting list).
    case full
}
