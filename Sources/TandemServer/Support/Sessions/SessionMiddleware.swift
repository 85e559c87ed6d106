import Fluent
import FluentSQL
import SQLKit
import TandemCore
import Vapor

/// Who is signed in, as every page needs to know it.
struct CurrentUser: Sendable, Equatable {
    let userID: UUID
    let personID: UUID
    let name: String
    let email: String
    let role: AccountRole
    let organisationID: UUID?

    var viewer: Viewer { Viewer(role: role, personID: personID, organisationID: organisationID) }
}

/// Finds the visitor's session from its cookie before any route runs, and
/// sets the cookie afterwards when the session was started, rotated or ended.
struct SessionMiddleware: AsyncMiddleware {
    static let cookieName = "tandem_session"

    let secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.application.services.sessionSweeper.startIfNeeded(request.application)
        let state = SessionState(secureCookies: secureCookies)
        request.storage[SessionState.Key.self] = state
        if let token = request.cookies[Self.cookieName]?.string {
            try await state.load(token: token, on: request.db)
        }
        if let nonce = request.cookies[AnonymousFormToken.cookieName]?.string, AnonymousFormToken.isWellFormed(nonce) {
            state.formNonce = nonce
        }
        let response = try await next.respond(to: request)
        if let cookie = state.cookieToSet { response.cookies[Self.cookieName] = cookie }
        if let cookie = state.formCookieToSet { response.cookies[AnonymousFormToken.cookieName] = cookie }
        return response
    }
}

/// The session of one request: loaded by the middleware, changed by handlers.
/// Handlers of one request run one after another, never at the same time,
/// which is why this class needs no lock.
final class SessionState: @unchecked Sendable {
    enum Key: StorageKey { typealias Value = SessionState }

    static let signedInLifetime: TimeInterval = 8 * 60 * 60
    static let anonymousLifetime: TimeInterval = 2 * 60 * 60

    private(set) var session: UserSession?
    private(set) var user: CurrentUser?
    private(set) var cookieToSet: HTTPCookies.Value?
    /// The nonce of `AnonymousFormToken`, from the visitor's cookie or just made.
    var formNonce: String?
    private(set) var formCookieToSet: HTTPCookies.Value?
    private let secureCookies: Bool

    init(secureCookies: Bool) { self.secureCookies = secureCookies }

    /// The session, its user and their name in one query: every request asks.
    func load(token: String, on db: any Database) async throws {
        guard let (session, user) = try await SessionLookup.find(tokenHash: SessionToken.hash(token), now: Date(), on: db) else {
            return
        }
        self.session = session
        self.user = user
        // Slide the expiry forward, but write at most once every few minutes.
        let renewed = Date().addingTimeInterval(Self.signedInLifetime)
        if renewed.timeIntervalSince(session.expiresAt) > 5 * 60 {
            session.expiresAt = renewed
            try await session.save(on: db)
        }
    }

    func startFormNonce(_ nonce: String) {
        formNonce = nonce
        formCookieToSet = cookie(value: nonce, maxAge: AnonymousFormToken.lifetime)
    }

    /// The visitor's session, starting an anonymous one if there is none yet
    /// (for a message to show on the next page). Forms do not need one: see `AnonymousFormToken`.
    func ensure(on db: any Database) async throws -> UserSession {
        if let session { return session }
        return try await start(userID: nil, on: db)
    }

    /// Starts a new session for a user who has just signed in. The old session,
    /// if any, is deleted and the cookie gets a new token, so a token known
    /// before sign-in is worthless after it.
    func rotate(to user: User, on db: any Database) async throws {
        try await session?.delete(on: db)
        session = nil
        _ = try await start(userID: user.requireID(), on: db)
    }

    func end(on db: any Database) async throws {
        try await session?.delete(on: db)
        session = nil
        user = nil
        cookieToSet = cookie(value: "", maxAge: 0)
    }

    func setFlash(_ message: String, on db: any Database) async throws {
        let session = try await ensure(on: db)
        session.flash = message
        try await session.save(on: db)
    }

    func takeFlash(on db: any Database) async throws -> String? {
        guard let session, let message = session.flash else { return nil }
        session.flash = nil
        try await session.save(on: db)
        return message
    }

    private func start(userID: UUID?, on db: any Database) async throws -> UserSession {
        let token = SessionToken.generate()
        let lifetime = userID == nil ? Self.anonymousLifetime : Self.signedInLifetime
        let session = UserSession(
            tokenHash: SessionToken.hash(token), csrfToken: SessionToken.generate(),
            userID: userID, expiresAt: Date().addingTimeInterval(lifetime))
        try await session.create(on: db)
        self.session = session
        cookieToSet = cookie(value: token, maxAge: Int(lifetime))
        return session
    }

    private func cookie(value: String, maxAge: Int) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: maxAge == 0 ? Date(timeIntervalSince1970: 0) : nil, maxAge: maxAge,
            path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    var sessionState: SessionState {
        guard let state = storage[SessionState.Key.self] else {
            fatalError("SessionMiddleware must run before any route that uses the session")
        }
        return state
    }

    var currentUser: CurrentUser? { storage[SessionState.Key.self]?.user }
    var viewer: Viewer? { currentUser?.viewer }

    /// The signed-in user, or an error that sends the visitor to sign in.
    func requireUser() throws -> CurrentUser {
        guard let user = currentUser else { throw AppError.signInRequired }
        return user
    }

    /// Asks the access policy; refuses with 403 when it says no.
    func authorize(_ permission: Permission) throws {
        let user = try requireUser()
        guard AccessPolicy.allows(user.viewer, permission) else { throw AppError.forbidden }
    }

    /// Like `authorize`, but answers 404 rather than 403, so that people cannot
    /// learn that a record they may not see exists.
    func authorizeOrHide(_ permission: Permission) throws {
        let user = try requireUser()
        guard AccessPolicy.allows(user.viewer, permission) else { throw AppError.notFound }
    }

    func flash(_ message: String) async throws {
        try await sessionState.setFlash(message, on: db)
    }
}
