import Fluent
import Foundation

/// A failed attempt to sign in. Kept in the database (not in memory) so that
/// the limit holds across every app instance.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @OptionalField(key: "ip_address") var ipAddress: String?
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(email: String, ipAddress: String?, attemptedAt: Date = Date()) {
        self.email = email
        self.ipAddress = ipAddress
        self.attemptedAt = attemptedAt
    }
}
