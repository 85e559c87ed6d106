import Foundation

/// Where a PPG stands, kept with its history.
public enum PPGStatus: String, CaseIterable, Codable, Sendable {
    case active
    case needsSupport = "needs_support"
    case dormant
    case closed

    public var label: String {
        switch self {
        case .active: "Active"
        case .needsSupport: "Needs support"
        case .dormant: "Dormant"
        case .closed: "Closed"
        }
    }

    /// The NHS.UK tag colour the status is shown in.
    public var colour: String {
        switch self {
        case .active: "green"
        case .needsSupport: "yellow"
        case .dormant: "grey"
        case .closed: "red"
        }
    }
}

/// How a PPG meets.
public enum PPGMeetingFormat: String, CaseIterable, Codable, Sendable {
    case inPerson = "in_person"
    case online
    case hybrid
    case virtual

    public var label: String {
        switch self {
        case .inPerson: "In person"
        case .online: "Online"
        case .hybrid: "In person and online (hybrid)"
        case .virtual: "Virtual group (by email only)"
        }
    }
}

/// A member's place in the PPG: the core group that meets, or the wider (virtual) group consulted by email.
public enum PPGMembershipKind: String, CaseIterable, Codable, Sendable {
    case core
    case wider

    public var label: String {
        switch self {
        case .core: "Core group"
        case .wider: "Wider (virtual) group"
        }
    }
}

/// The offices a member may hold.
public enum PPGOffice: String, CaseIterable, Codable, Sendable {
    case chair
    case viceChair = "vice_chair"
    case secretary
    case treasurer

    public var label: String {
        switch self {
        case .chair: "Chair"
        case .viceChair: "Vice-chair"
        case .secretary: "Secretary"
        case .treasurer: "Treasurer"
        }
    }
}

/// A meeting on a PPG's record: its own meeting, or a PCN meeting the PPG was represented at.
public enum PPGMeetingKind: String, CaseIterable, Codable, Sendable {
    case ppgMeeting = "ppg_meeting"
    case pcnMeeting = "pcn_meeting"

    public var label: String {
        switch self {
        case .ppgMeeting: "PPG meeting"
        case .pcnMeeting: "PCN meeting the PPG was represented at"
        }
    }
}

/// An action agreed at a PPG meeting.
public enum PPGActionStatus: String, CaseIterable, Codable, Sendable {
    case open
    case done
    case dropped

    public var label: String {
        switch self {
        case .open: "Open"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
}
