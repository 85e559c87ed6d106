import Fluent
import TandemCore
import Vapor

/// Signing in and out. Sessions are rotated at sign-in, attempts are
/// throttled per email address and per client, and the message never says
/// which of the email or password was wrong.
enum SignInController {
    struct SignInForm: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    static func show(req: Request) async throws -> Response {
        let next = safeNext(req.query[String.self, at: "next"])
        if req.currentUser != nil { return req.seeOther(next ?? SiteURL.home.path) }
        let context = try await PageContext.withForm(req)
        let notice = req.query[String.self, at: "signed-out"] != nil ? "You have signed out." : nil
        return SignInPage.render(.init(email: "", next: next, errors: FormErrors(), notice: notice), context: context)
            .response()
    }

    static func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let email = (form.email ?? "").trimmed.lowercased()
        let password = form.password ?? ""
        let next = safeNext(form.next)

        var errors = FormErrors()
        if email.isEmpty { errors.add("email", "Enter your email address") }
        if password.isEmpty { errors.add("password", "Enter your password") }
        guard errors.isEmpty else {
            return try await rerender(req, email: email, next: next, errors: errors, status: .badRequest)
        }

        // Counted before the password is checked (see `LoginThrottle`).
        if case .wait(let seconds) = try await LoginThrottle.admit(email: email, ip: req.clientAddress, on: req.db) {
            throw AppError.tooManySignInAttempts(retryAfterSeconds: seconds)
        }

        let user = try await User.query(on: req.db).filter(\.$email == email).filter(\.$isActive == true).first()
        // Check a password even for unknown addresses, so timing does not reveal which exist.
        let hash = user?.passwordHash ?? dummyHash
        let matches = (try? await req.password.async.verify(password, created: hash)) ?? false
        guard let user, matches else {
            try await AuditTrail.signIn(user, email: email, succeeded: false, on: req.db)
            errors.add("email", "Enter a correct email address and password")
            return try await rerender(req, email: email, next: next, errors: errors, status: .unauthorized)
        }

        try await LoginThrottle.succeeded(email: email, on: req.db)
        try await req.sessionState.rotate(to: user, on: req.db)
        user.lastSignedInAt = Date()
        try await user.save(.notAudited(because: "the time of signing in is not a change to the account"), on: req.db)
        try await AuditTrail.signIn(user, email: email, succeeded: true, on: req.db)
        return req.seeOther(next ?? SiteURL.home.path)
    }

    static func signOut(req: Request) async throws -> Response {
        try await req.sessionState.end(on: req.db)
        return req.seeOther(SiteURL.signIn.path(query: [("signed-out", "1")]))
    }

    /// A stable address for "my profile".
    static func me(req: Request) async throws -> Response {
        let user = try req.requireUser()
        return req.seeOther(SiteURL.person(.value(user.personID)))
    }

    private static func rerender(
        _ req: Request, email: String, next: String?, errors: FormErrors,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let context = try await PageContext.withForm(req)
        return SignInPage.render(.init(email: email, next: next, errors: errors, notice: nil), context: context)
            .response(status)
    }

    /// Only paths on this site (see `LocalPath`): sign-in can never send people elsewhere.
    static func safeNext(_ raw: String?) -> String? { LocalPath.safe(raw) }

    /// A bcrypt hash of a random string, made once, for the unknown-address check.
    private static let dummyHash: String = (try? Bcrypt.hash(SessionToken.generate(), cost: 12)) ?? ""
}
