import Fluent
import Foundation

/// A visit to Tandem, signed in or not, kept in the database so that any app
/// instance behind a load balancer can serve the next request.
/// Only a hash of the cookie's token is stored: a copy of the database
/// cannot be used to take over anyone's session.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?

    @OptionalParent(key: "user_id") var user: User?

    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    /// A one-off message for the next page ("Organisation saved").
    @OptionalField(key: "flash") var flash: String?
    @Field(key: "expires_at") var expiresAt: Date

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, csrfToken: String, userID: UUID?, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.$user.id = userID
        self.expiresAt = expiresAt
    }
}
