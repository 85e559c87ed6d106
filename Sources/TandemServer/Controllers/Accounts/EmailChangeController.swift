import Fluent
import TandemCore
import Vapor

/// Changing the email address on one's own profile. The form never says
/// whether an address is someone else's (that would let anyone test
/// addresses one by one): the new address gets a link, and only opening it,
/// signed in, makes the change.
enum EmailChangeController {
    static let linkLifetime: TimeInterval = 24 * 60 * 60

    /// Records the request and sends the link. Called by the profile form when someone changes their own address.
    static func request(_ newEmail: String, for person: Person, req: Request) async throws {
        let token = SessionToken.generate()
        let personID = try person.requireID()
        try await req.db.transaction { db in
            try await EmailChangeRequest.query(on: db).filter(\.$person.$id == personID).delete()
            try await EmailChangeRequest(
                personID: personID, newEmail: newEmail, tokenHash: SessionToken.hash(token),
                expiresAt: Date().addingTimeInterval(linkLifetime)
            ).create(on: db)
            let link = req.application.config.absoluteURL(SiteURL.confirmEmail(.value(token)).path)
            try await OutboxEmail(
                personID: personID, to: newEmail, subject: "Confirm your new email address for Tandem",
                body: """
                    Someone, we hope you, asked for this address to be used on a Tandem profile.

                    To confirm it, sign in to Tandem and open this link within 24 hours:
                    \(link)

                    If it was not you, you can ignore this email and nothing will change.
                    """
            ).create(on: db)
        }
        req.application.services.outboxDelivery.deliverSoon(req.application)
    }

    static func confirm(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let token = try req.text(.token)
        guard
            let request = try await EmailChangeRequest.query(on: req.db).filter(\.$tokenHash == SessionToken.hash(token)).first(),
            request.$person.id == user.personID, request.expiresAt > Date(),
            let person = try await Person.find(user.personID, on: req.db)
        else {
            throw AppError.badRequest(
                "This link has expired or is not for you. Change your email address on your profile again to get a new one.")
        }
        let taken =
            try await Person.query(on: req.db).filter(\.$email == request.newEmail).filter(\.$id != user.personID).count() > 0
        guard !taken else {
            try await request.delete(on: req.db)
            // Only the holder of the address reads this, so saying it is in use tells nobody else anything.
            throw AppError.conflict(
                "This email address is already on another profile in Tandem, so it cannot be used for yours. A coordinator can help."
            )
        }
        try await req.db.transaction { db in
            person.email = request.newEmail
            person.refreshSearchText()
            try await person.save(.by(req.auditActor, label: person.name, fields: ["email"]), on: db)
            try await request.delete(on: db)
        }
        try await req.flash("Your email address is now \(request.newEmail)")
        return req.seeOther(SiteURL.person(.value(user.personID)))
    }
}
