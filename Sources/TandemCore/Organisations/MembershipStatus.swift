import Foundation

/// Organisational membership of the charity: worked out from its dates, never stored.
public enum MembershipStatus: String, Sendable, Equatable {
    case notStarted = "not_started"
    case active
    case dueForRenewal = "due_for_renewal"
    case lapsed

    /// How many days before renewal a membership counts as due.
    public static let renewalWindowDays = 60

    public static func on(_ today: Date, starts: Date, renews: Date, calendar: Calendar = .utc) -> MembershipStatus {
        let day = calendar.startOfDay(for: today)
        if day < calendar.startOfDay(for: starts) { return .notStarted }
        let renewal = calendar.startOfDay(for: renews)
        if day > renewal { return .lapsed }
        let daysLeft = calendar.dateComponents([.day], from: day, to: renewal).day ?? 0
        return daysLeft <= renewalWindowDays ? .dueForRenewal : .active
    }

    public var label: String {
        switch self {
        case .notStarted: "Not started yet"
        case .active: "Active"
        case .dueForRenewal: "Due for renewal"
        case .lapsed: "Lapsed"
        }
    }
}

public enum MembershipTier: String, CaseIterable, Codable, Sendable {
    case associate, standard, enhanced

    public var label: String {
        switch self {
        case .associate: "Associate"
        case .standard: "Standard"
        case .enhanced: "Enhanced"
        }
    }
}

extension Calendar {
    /// Dates in Tandem are calendar days; doing the arithmetic in UTC keeps
    /// them from shifting by a day across the clocks changing.
    public static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
