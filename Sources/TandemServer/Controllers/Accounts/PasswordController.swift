import Fluent
import TandemCore
import Vapor

/// People choose their own passwords: from an invitation when an admin makes their
/// account, or from a reset link they ask for. No admin ever types another person's password.
enum PasswordController {
    static func forgottenForm(req: Request) async throws -> Response {
        PasswordPages.forgotten(
            .init(email: "", errors: FormErrors()), context: try await PageContext.withForm(req, section: nil)
        )
        .response()
    }

    static func forgotten(req: Request) async throws -> Response {
        let form = try req.content.decode(ForgottenPasswordForm.self)
        let email: String
        switch form.validate() {
        case .success(let valid): email = valid
        case .failure(let errors):
            return PasswordPages.forgotten(
                .init(email: form.email ?? "", errors: errors), context: try await PageContext.withForm(req, section: nil)
            ).response(.badRequest)
        }
        if let user = try await User.query(on: req.db).filter(\.$email == email).filter(\.$isActive == true).with(\.$person)
            .first(),
            PasswordResetLimit.maySend(lastSentAt: try await AccountLinks.lastReset(for: user.requireID(), on: req.db))
        {
            try await AccountLinks.send(
                .passwordReset, to: user, name: user.person.displayName, config: req.application.config, on: req.db)
            req.application.services.outboxDelivery.deliverSoon(req.application)
        }
        return PasswordPages.linkSent(context: try await PageContext.make(req, section: nil)).response()
    }

    static func chooseForm(req: Request) async throws -> Response {
        let (found, state) = try await link(req)
        guard let link = found else { return try await unusable(req, state) }
        return PasswordPages.choose(
            .init(token: try req.text(.token), purpose: link.purpose, email: link.user.email, errors: FormErrors()),
            context: try await PageContext.withForm(req, section: nil)
        ).response()
    }

    static func choose(req: Request) async throws -> Response {
        let (found, state) = try await link(req)
        guard let link = found else { return try await unusable(req, state) }
        let form = try req.content.decode(PasswordForm.self)
        let password: String
        switch form.validate() {
        case .success(let valid): password = valid
        case .failure(let errors):
            return PasswordPages.choose(
                .init(token: try req.text(.token), purpose: link.purpose, email: link.user.email, errors: errors),
                context: try await PageContext.withForm(req, section: nil)
            ).response(.badRequest)
        }
        let user = link.user
        let userID = try user.requireID()
        user.passwordHash = try await req.password.async.hash(password)
        let person = try await Person.find(user.$person.id, on: req.db)
        let actor = AuditActor(personID: user.$person.id, label: person?.name ?? user.email)
        try await req.db.transaction { db in
            link.usedAt = Date()
            try await link.save(on: db)
            try await user.save(.by(actor, label: user.email, fields: ["password"]), on: db)
            // A new password ends every session that was signed in with the old one.
            try await UserSession.query(on: db).filter(\.$user.$id == userID).delete()
        }
        try await req.flash(
            link.purpose == .invitation ? "Your password is set. Sign in to start." : "Your new password is set. Sign in with it."
        )
        return req.seeOther(SiteURL.signIn.path)
    }

    /// An admin sends someone a link to choose a new password, instead of typing one for them.
    static func sendLink(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        guard let user = try await User.query(on: req.db).filter(\.$id == req.id(.user)).with(\.$person).first() else {
            throw AppError.notFound
        }
        try await AccountLinks.send(
            .passwordReset, to: user, name: user.person.displayName, config: req.application.config, on: req.db)
        req.application.services.outboxDelivery.deliverSoon(req.application)
        try await req.flash("A link to choose a new password has been sent to \(user.email)")
        return req.seeOther(SiteURL.editUser(.value(try user.requireID())))
    }

    /// The link the path's token opens, when it may still be used; otherwise nil and why not
    /// (an unknown token, or a suspended account's, reads as expired).
    private static func link(_ req: Request) async throws -> (AccountLink?, AccountLinkState) {
        guard let link = try await AccountLinks.find(token: try req.text(.token), on: req.db) else { return (nil, .expired) }
        if link.state == .usable && !link.user.isActive { return (nil, .expired) }
        return (link.state == .usable ? link : nil, link.state)
    }

    private static func unusable(_ req: Request, _ state: AccountLinkState) async throws -> Response {
        PasswordPages.unusable(state, context: try await PageContext.make(req, section: nil)).response(.gone)
    }
}
