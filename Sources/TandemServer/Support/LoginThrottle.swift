import Fluent
import Foundation

/// Limits guessing: after 5 failed attempts for one email address within 15
/// minutes, sign-in for that address is refused until the oldest of them is
/// 15 minutes old, even with the right password.
enum LoginThrottle {
    static let maximumFailures = 5
    static let window: TimeInterval = 15 * 60

    /// Seconds until the address may try again, or nil when it may try now.
    static func waitTime(for email: String, now: Date = Date(), on db: any Database) async throws -> Int? {
        let since = now.addingTimeInterval(-window)
        let recent = try await LoginAttempt.query(on: db)
            .filter(\.$email == email)
            .filter(\.$attemptedAt > since)
            .sort(\.$attemptedAt, .descending)
            .limit(maximumFailures)
            .all()
        guard recent.count >= maximumFailures, let oldest = recent.last else { return nil }
        return max(1, Int((oldest.attemptedAt.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up)))
    }

    static func recordFailure(for email: String, ip: String?, on db: any Database) async throws {
        try await LoginAttempt(email: email, ipAddress: ip).create(on: db)
    }

    /// A successful sign-in clears the count, and old attempts are tidied away.
    static func clear(for email: String, on db: any Database) async throws {
        try await LoginAttempt.query(on: db).filter(\.$email == email).delete()
        try await LoginAttempt.query(on: db).filter(\.$attemptedAt < Date().addingTimeInterval(-window)).delete()
    }
}
