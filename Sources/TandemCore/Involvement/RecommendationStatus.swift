import Foundation

/// The life of a recommendation, from proposed to a change that has lasted.
/// `RecommendationRules` says which moves are allowed and what each needs.
public enum RecommendationStatus: String, CaseIterable, Codable, Sendable {
    case proposed
    case agreed
    /// Not taken up: the reason is kept and shown to the public too.
    case declined
    case inProgress = "in_progress"
    case implemented
    /// Checked at a later review: the change has held.
    case sustained
    /// Checked at a later review: the change has not held.
    case slipped

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .agreed: "Agreed"
        case .declined: "Declined"
        case .inProgress: "In progress"
        case .implemented: "Implemented"
        case .sustained: "Sustained"
        case .slipped: "Slipped"
        }
    }

    /// The statuses someone may move a recommendation to from this one.
    public var next: [RecommendationStatus] {
        switch self {
        case .proposed: [.agreed, .declined]
        case .agreed: [.inProgress, .implemented]
        case .inProgress: [.implemented]
        case .implemented: [.sustained, .slipped]
        case .slipped: [.inProgress]
        case .declined, .sustained: []
        }
    }

    /// Still waiting for someone to act, so a past due date makes it overdue.
    public var isOpen: Bool { [.proposed, .agreed, .inProgress, .slipped].contains(self) }
}

public enum RecommendationRuleError: Error, Equatable, Sendable {
    case notAllowed(from: RecommendationStatus, to: RecommendationStatus)
    case reasonNeeded

    public var message: String {
        switch self {
        case .notAllowed(let from, let to):
            "A recommendation that is \(from.label.lowercased()) cannot become \(to.label.lowercased())"
        case .reasonNeeded:
            "Say why the recommendation is declined: the reason is shown to the people whose feedback led to it"
        }
    }
}

public enum RecommendationRules {
    /// How long after a change is implemented the owner is asked whether it has held.
    public static let defaultReviewMonths = 6

    /// Checks a move; declining needs a reason in words.
    public static func check(
        from: RecommendationStatus, to: RecommendationStatus, reason: String?
    ) throws(RecommendationRuleError) {
        guard from.next.contains(to) else { throw .notAllowed(from: from, to: to) }
        if to == .declined, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .reasonNeeded }
    }

    public static func isOverdue(status: RecommendationStatus, due: Date?, today: Date) -> Bool {
        guard let due, status.isOpen else { return false }
        return due < today
    }

    /// When the sustainability review falls due, counted in calendar months in UTC.
    public static func reviewDue(implementedOn: Date, months: Int = defaultReviewMonths) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(byAdding: .month, value: months, to: implementedOn) ?? implementedOn
    }
}

extension RecommendationStatus {
    /// The order the public reads changes in: what has been done first, then what is
    /// under way, then what was agreed, and what was declined last.
    public var publicOrder: Int {
        switch self {
        case .sustained: 0
        case .implemented: 1
        case .slipped: 2
        case .inProgress: 3
        case .agreed: 4
        case .proposed: 5
        case .declined: 6
        }
    }

    public var isDone: Bool { self == .implemented || self == .sustained }
}
