import Fluent
import Foundation
import TandemCore

/// A single-use link to set an account's password (see `AccountLinkPurpose`). Only a hash
/// of the link's token is kept, as for sessions.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class AccountLink: Model, @unchecked Sendable {
    static let schema = "account_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "purpose") var purpose: AccountLinkPurpose
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(userID: UUID, purpose: AccountLinkPurpose, tokenHash: String, now: Date = Date()) {
        self.$user.id = userID
        self.purpose = purpose
        self.tokenHash = tokenHash
        self.expiresAt = now.addingTimeInterval(purpose.lifetime)
        self.createdAt = now
    }

    var state: AccountLinkState { AccountLinkState.of(expiresAt: expiresAt, usedAt: usedAt) }
}
