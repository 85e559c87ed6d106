import Foundation

/// Links that let someone set their own password: an invitation to a new account, or a
/// reset they asked for. Each works once and for a short time, so a link found later in
/// an inbox or a log opens nothing. No admin ever types another person's password.
public enum AccountLinkPurpose: String, Codable, Sendable, CaseIterable {
    case invitation
    case passwordReset = "password_reset"

    /// How long a link stays good: an invitation waits for someone to get round to it;
    /// a reset is asked for by someone at their screen.
    public var lifetime: TimeInterval {
        switch self {
        case .invitation: 7 * 24 * 60 * 60
        case .passwordReset: 60 * 60
        }
    }

    public var lifetimeText: String {
        switch self {
        case .invitation: "7 days"
        case .passwordReset: "1 hour"
        }
    }
}

public enum AccountLinkState: Equatable, Sendable {
    case usable, used, expired

    public static func of(expiresAt: Date, usedAt: Date?, now: Date = Date()) -> AccountLinkState {
        if usedAt != nil { return .used }
        return expiresAt > now ? .usable : .expired
    }
}

/// How often someone may be sent a reset link: one every few minutes, so the form cannot
/// be used to fill a person's inbox.
public enum PasswordResetLimit {
    public static let interval: TimeInterval = 5 * 60

    public static func maySend(lastSentAt: Date?, now: Date = Date()) -> Bool {
        guard let lastSentAt else { return true }
        return now.timeIntervalSince(lastSentAt) >= interval
    }
}
