import Fluent
import Foundation

/// A new email address someone gave for their own profile, waiting for them
/// to open the link sent to it. Until then the profile keeps the old address,
/// so the form never says whether the new one belongs to someone else.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class EmailChangeRequest: Model, @unchecked Sendable {
    static let schema = "email_change_requests"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "person_id") var person: Person

    // data
    @Field(key: "new_email") var newEmail: String
    /// Only a hash of the link's token is kept, as for sessions.
    @Field(key: "token_hash") var tokenHash: String

    // timestamps
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(personID: UUID, newEmail: String, tokenHash: String, expiresAt: Date) {
        self.$person.id = personID
        self.newEmail = newEmail
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.createdAt = Date()
    }
}
