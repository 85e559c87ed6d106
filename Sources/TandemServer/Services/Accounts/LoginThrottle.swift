import Fluent
import Foundation

/// Limits guessing. Each attempt is written down *before* its password is
/// checked, and then the attempts are counted, so attempts that arrive
/// together cannot all slip under the limit: of any burst, only the first
/// `accountLimit` writes can see a count within it (each count includes its
/// own attempt and every one written before it), on SQLite and PostgreSQL alike.
///
/// Two limits: per email address (5 in 15 minutes), and per client address
/// (100 in an hour). The client's limit runs longer, so someone trying to lock
/// other people out by guessing at their addresses is held back for longer
/// than the people they target; it is generous in number because a trust's
/// staff may all reach Tandem from one address. Refused attempts are not
/// kept, so hammering an address never extends its wait.
enum LoginThrottle {
    static let accountLimit = 5
    static let accountWindow: TimeInterval = 15 * 60
    static let clientLimit = 100
    static let clientWindow: TimeInterval = 60 * 60

    /// An attempt that was counted and may go on to have its password checked.
    struct Admitted: Sendable {
        let attemptID: UUID
    }

    enum Decision: Sendable {
        case admitted(Admitted)
        /// Seconds until trying again is worth it.
        case wait(Int)
    }

    /// Counts this attempt, then decides whether its password may be checked.
    static func admit(email: String, ip: String?, now: Date = Date(), on db: any Database) async throws -> Decision {
        let attempt = LoginAttempt(email: email, ipAddress: ip, attemptedAt: now)
        try await attempt.create(on: db)
        let attemptID = try attempt.requireID()
        var waits: [Int] = []
        if let wait = try await waitTime(
            LoginAttempt.query(on: db).filter(\.$email == email), limit: accountLimit,
            window: accountWindow, now: now)
        {
            waits.append(wait)
        }
        if let ip,
            let wait = try await waitTime(
                LoginAttempt.query(on: db).filter(\.$ipAddress == ip), limit: clientLimit,
                window: clientWindow, now: now)
        {
            waits.append(wait)
        }
        guard let wait = waits.max() else { return .admitted(Admitted(attemptID: attemptID)) }
        try await LoginAttempt.query(on: db).filter(\.$id == attemptID).delete()
        return .wait(wait)
    }

    /// The right password: the address's attempts are forgotten.
    static func succeeded(email: String, on db: any Database) async throws {
        try await LoginAttempt.query(on: db).filter(\.$email == email).delete()
    }

    /// Seconds until the address may try again, or nil when it may try now (for pages and tests).
    static func waitTime(for email: String, now: Date = Date(), on db: any Database) async throws -> Int? {
        // Asking is not an attempt: the limit is reached when `accountLimit` are already counted.
        try await waitTime(
            LoginAttempt.query(on: db).filter(\.$email == email), limit: accountLimit - 1, window: accountWindow, now: now)
    }

    /// Attempts older than the longest window count for nothing: the sweeper removes them.
    static func sweep(now: Date = Date(), on db: any Database) async throws {
        try await LoginAttempt.query(on: db).filter(\.$attemptedAt < now.addingTimeInterval(-max(accountWindow, clientWindow)))
            .delete()
    }

    /// When more than `limit` attempts fall in the window: the seconds until
    /// the one that tipped it over leaves the window.
    private static func waitTime(
        _ query: QueryBuilder<LoginAttempt>, limit: Int, window: TimeInterval, now: Date
    ) async throws -> Int? {
        let recent = try await query.filter(\.$attemptedAt > now.addingTimeInterval(-window))
            .sort(\.$attemptedAt, .descending).limit(limit + 1).all(\.$attemptedAt)
        guard recent.count > limit, let tipping = recent.last else { return nil }
        return max(1, Int(tipping.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
    }
}
