import Fluent
import Foundation
import SQLKit
import TandemCore

/// The session, its user and their name in one statement: every request asks.
enum SessionLookup {
    /// The unexpired session with this token's hash, and who is signed in with it
    /// (nobody when the account has been switched off).
    static func find(tokenHash: String, now: Date, on db: any Database) async throws -> (UserSession, CurrentUser?)? {
        guard
            let row = try await (db as! any SQLDatabase).raw(
                """
                SELECT s.id, s.user_id, s.token_hash, s.csrf_token, s.flash, s.expires_at, s.created_at,
                       u.email AS user_email, u.role AS user_role, u.organisation_id AS user_organisation_id, u.person_id AS user_person_id,
                       p.name AS person_name, p.preferred_name AS person_preferred_name
                FROM \(ident: UserSession.schema) s
                LEFT JOIN \(ident: User.schema) u ON u.id = s.user_id AND u.is_active = \(bind: true)
                LEFT JOIN \(ident: Person.schema) p ON p.id = u.person_id
                WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: now)
                """
            ).first()
        else { return nil }
        let session = try row.decode(fluentModel: UserSession.self)
        guard let userID = session.$user.id, let personID = try row.decodeIfPresent(column: "user_person_id", as: UUID.self)
        else {
            return (session, nil)
        }
        let user = CurrentUser(
            userID: userID, personID: personID,
            name: PersonName.display(
                name: try row.decode(column: "person_name", as: String.self),
                preferred: try row.decodeIfPresent(column: "person_preferred_name", as: String.self)),
            email: try row.decode(column: "user_email", as: String.self),
            role: try row.decode(column: "user_role", as: AccountRole.self),
            organisationID: try row.decodeIfPresent(column: "user_organisation_id", as: UUID.self))
        return (session, user)
    }
}
