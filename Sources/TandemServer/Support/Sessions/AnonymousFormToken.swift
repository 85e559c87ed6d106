import Fluent
import FluentSQL
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// CSRF protection for visitors who have no session: the sign-in form and
/// public survey forms. Rather than a session row for every visitor who opens
/// a form (anyone could fill the database by asking for pages), the visitor
/// gets a random nonce in a short-lived cookie, and the form carries a
/// signature of that nonce (HMAC-SHA256 with a key kept in the database, so
/// every Tandem instance agrees). A form is accepted when its token is the
/// signature of the cookie's nonce: another site can neither read the cookie
/// nor make a token that matches one it planted.
enum AnonymousFormToken {
    static let cookieName = "tandem_form"
    static let lifetime = 2 * 60 * 60

    /// The token for the visitor's forms, setting the nonce cookie when there is none yet.
    static func issue(_ request: Request) async throws -> String {
        let state = request.sessionState
        let nonce: String
        if let existing = state.formNonce {
            nonce = existing
        } else {
            nonce = SessionToken.generate()
            state.startFormNonce(nonce)
        }
        return try await sign(nonce, app: request.application, on: request.db)
    }

    static func verify(_ given: String, request: Request) async throws -> Bool {
        guard let nonce = request.sessionState.formNonce else { return false }
        return SessionToken.matches(given, try await sign(nonce, app: request.application, on: request.db))
    }

    /// A nonce as the cookie brings it: only what `SessionToken.generate` makes.
    static func isWellFormed(_ nonce: String) -> Bool {
        nonce.utf8.count == 43
            && nonce.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
                    || byte == 0x5F
            }
    }

    private static func sign(_ nonce: String, app: Application, on db: any Database) async throws -> String {
        let key = try await app.services.formTokenKey.key(on: db)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// The signing key of `AnonymousFormToken`: made once, kept in `app_secrets`,
/// read once per process.
final class FormTokenKey: Sendable {
    static let name = "anonymous_form_token_key"
    private let kept = Cache<String, SymmetricKey>(lifetime: nil, capacity: 1)

    func key(on db: any Database) async throws -> SymmetricKey {
        try await kept.value(for: Self.name) { try await read(on: db) }
    }

    private func read(on db: any Database) async throws -> SymmetricKey {
        let value = try await AppSecrets.value(
            named: Self.name, madeBy: { SessionToken.generate() + SessionToken.generate() }, on: db)
        return SymmetricKey(data: SHA256.hash(data: Data(value.utf8)))
    }
}
