import Foundation

/// Where something with a due date stands today, for "what needs me" lists and
/// reminders: overdue first, then due soon, then the rest. Days are whole UTC
/// days, as milestones' and recommendations' due dates are stored.
public enum Deadline: Equatable, Sendable {
    case overdue(days: Int)
    case dueSoon(days: Int)
    case later
    case noDate

    /// How far ahead "due soon" looks.
    public static let soonDays = 14

    public static func of(due: Date?, today: Date, soonDays: Int = soonDays) -> Deadline {
        guard let due else { return .noDate }
        let days = daysBetween(today, due)
        if days < 0 { return .overdue(days: -days) }
        if days <= soonDays { return .dueSoon(days: days) }
        return .later
    }

    /// Whole days from one date's day to another's, in UTC.
    public static func daysBetween(_ from: Date, _ to: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateComponents([.day], from: calendar.startOfDay(for: from), to: calendar.startOfDay(for: to)).day ?? 0
    }

    public var isOverdue: Bool {
        if case .overdue = self { return true }
        return false
    }

    /// Ordering for lists: the longest overdue first, then the soonest due, then the rest.
    public var urgency: Int {
        switch self {
        case .overdue(let days): -days
        case .dueSoon(let days): days
        case .later: 10_000
        case .noDate: 20_000
        }
    }

    /// Words for a tag beside the item; nil when nothing is pressing.
    public var label: String? {
        switch self {
        case .overdue(let days): days == 1 ? "Overdue by 1 day" : "Overdue by \(days) days"
        case .dueSoon(0): "Due today"
        case .dueSoon(1): "Due tomorrow"
        case .dueSoon(let days): "Due in \(days) days"
        case .later, .noDate: nil
        }
    }
}
