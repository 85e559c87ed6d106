import Foundation

/// What a governance group is for.
public enum GroupKind: String, CaseIterable, Codable, Sendable {
    case checkAndChallenge = "check_and_challenge"
    case steering
    case ppgNetwork = "ppg_network"
    case other

    public var label: String {
        switch self {
        case .checkAndChallenge: "Check and Challenge group"
        case .steering: "Steering group"
        case .ppgNetwork: "PPG network"
        case .other: "Other group"
        }
    }
}

/// A member's role. Advisers attend and advise but do not count towards quorum or vote.
public enum GroupRole: String, CaseIterable, Codable, Sendable {
    case chair
    case viceChair = "vice_chair"
    case member
    case adviser

    public var label: String {
        switch self {
        case .chair: "Chair"
        case .viceChair: "Vice-chair"
        case .member: "Member"
        case .adviser: "Adviser"
        }
    }

    public var counts: Bool { self != .adviser }
    public var chairs: Bool { self == .chair || self == .viceChair }
}

/// Where a meeting's minutes are: written, shared with members for comment, approved at the next meeting.
public enum MinutesStatus: String, CaseIterable, Codable, Sendable {
    case none, draft, shared, approved

    public var label: String {
        switch self {
        case .none: "Not written yet"
        case .draft: "Draft"
        case .shared: "Draft shared with members for comment"
        case .approved: "Approved"
        }
    }
}

/// An item on the challenge register: what the group decided about the response it was given.
public enum ChallengeOutcome: String, CaseIterable, Codable, Sendable {
    case awaitingResponse = "awaiting_response"
    case accepted, escalated, closed

    public var label: String {
        switch self {
        case .awaitingResponse: "Waiting for a response"
        case .accepted: "Response accepted"
        case .escalated: "Escalated"
        case .closed: "Closed"
        }
    }
}

/// An action on the action log, carried from meeting to meeting until it is done or dropped.
public enum GroupActionStatus: String, CaseIterable, Codable, Sendable {
    case open
    case inProgress = "in_progress"
    case done, dropped

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }

    public var isCarried: Bool { self == .open || self == .inProgress }
}

/// A phase of a programme plan, reported to the group.
public enum PhaseStatus: String, CaseIterable, Codable, Sendable {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case done

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .onTrack: "On track"
        case .atRisk: "At risk"
        case .done: "Done"
        }
    }
}

public enum GovernanceRules {
    /// A meeting is quorate when the members present who count (not advisers) reach the quorum.
    public static func isQuorate(presentCounting: Int, quorum: Int) -> Bool { presentCounting >= quorum }

    /// What the decision log says of a decision taken without quorum.
    public static func quorumNote(presentCounting: Int, quorum: Int) -> String {
        isQuorate(presentCounting: presentCounting, quorum: quorum)
            ? "Quorate: \(presentCounting) of the \(quorum) needed present"
            : "Not quorate: \(presentCounting) present, \(quorum) needed. To be confirmed at a quorate meeting."
    }

    /// Minutes move draft → shared → approved, and only a later meeting approves them.
    public static func minutesProblem(from: MinutesStatus, to: MinutesStatus, approvingAtLaterMeeting: Bool) -> String? {
        switch (from, to) {
        case (.none, .draft), (.none, .shared), (.draft, .draft), (.draft, .shared), (.shared, .shared): return nil
        case (.shared, .approved):
            return approvingAtLaterMeeting ? nil : "Minutes are approved at a later meeting of the group, not the one they record"
        case (.draft, .approved): return "Share the draft with members for comment before it is approved"
        case (.approved, _): return "These minutes are approved and cannot be changed"
        default: return "Write the minutes first"
        }
    }

    /// Whether a meeting's minutes, decisions and papers may be published beyond the members: only
    /// once the minutes are approved, so the public never reads a draft the group has not agreed.
    public static func publishProblem(minutes: MinutesStatus) -> String? {
        minutes == .approved ? nil : "Only approved minutes can be published: approve them at a later meeting first"
    }

    /// The default phases of a year's co-design programme plan.
    public static let defaultPhases: [(name: String, months: ClosedRange<Int>, aims: String)] = [
        (
            "Identify and explore", 1...4,
            "Identify people and organisations; explore what works; recruit the Check and Challenge group"
        ),
        ("Co-design and investigate", 5...9, "Co-design, investigate and build partnerships"),
        ("Consolidate and sustain", 10...12, "Consolidate, co-design a proposal and plan how it lasts"),
    ]
}
