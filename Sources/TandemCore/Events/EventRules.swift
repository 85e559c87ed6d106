import Foundation

/// What kind of event it is.
public enum EventKind: String, CaseIterable, Codable, Sendable {
    case workshop, webinar
    case trainingSession = "training_session"
    case meeting
    case dropIn = "drop_in"
    case conference

    public var label: String {
        switch self {
        case .workshop: "Workshop"
        case .webinar: "Webinar"
        case .trainingSession: "Training session"
        case .meeting: "Meeting"
        case .dropIn: "Drop-in"
        case .conference: "Conference"
        }
    }
}

/// Who an event is for; only public events are listed on "What's on".
public enum EventAudience: String, CaseIterable, Codable, Sendable {
    case `public`, partners, staff
    case namedGroup = "named_group"

    public var label: String {
        switch self {
        case .public: "Anyone"
        case .partners: "Patient partners"
        case .staff: "Staff"
        case .namedGroup: "A named group"
        }
    }
}

/// An event's life: drafted, published for people to register, then held or cancelled.
public enum EventStatus: String, CaseIterable, Codable, Sendable {
    case draft, published, cancelled, held

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .published: "Published"
        case .cancelled: "Cancelled"
        case .held: "Held"
        }
    }

    public var next: [EventStatus] {
        switch self {
        case .draft: [.published, .cancelled]
        case .published: [.cancelled, .held]
        case .cancelled, .held: []
        }
    }

    public var takesRegistrations: Bool { self == .published }
}

public enum EventRuleError: Error, Equatable, Sendable {
    case notAllowed(from: EventStatus, to: EventStatus)
    case reasonNeeded
    case endBeforeStart
    case capacityBelowRegistered(registered: Int)

    public var message: String {
        switch self {
        case .notAllowed(let from, let to):
            "An event that is \(from.label.lowercased()) cannot become \(to.label.lowercased())"
        case .reasonNeeded: "Say why the event is cancelled: everyone registered is told"
        case .endBeforeStart: "The end must be after the start"
        case .capacityBelowRegistered(let registered):
            "\(registered) people already have places, so the number of places must be \(registered) or more"
        }
    }
}

public enum EventRules {
    /// How many days before an event its reminder goes, unless the organiser chooses otherwise.
    public static let defaultReminderDays = 2

    public static func check(from: EventStatus, to: EventStatus, reason: String?) throws(EventRuleError) {
        guard from.next.contains(to) else { throw .notAllowed(from: from, to: to) }
        if to == .cancelled, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .reasonNeeded }
    }

    /// The times and the number of places, checked against the places already taken.
    public static func check(start: Date, end: Date, capacity: Int?, confirmed: Int) throws(EventRuleError) {
        guard end > start else { throw .endBeforeStart }
        if let capacity, capacity < confirmed { throw .capacityBelowRegistered(registered: confirmed) }
    }

    /// Which events someone may see and register for: the public sees events for anyone;
    /// signed-in partners also partners' events, staff also staff events; coordinators and
    /// admins every audience. A named group's events are reached from their own group's pages.
    public static func audiencesVisible(to role: AccountRole?) -> [EventAudience] {
        switch role {
        case nil: [.public]
        case .partner: [.public, .partners]
        case .staff: [.public, .staff]
        case .coordinator, .admin: EventAudience.allCases
        }
    }

    /// What changed that people with a place must be told, in words ("time", "place", "joining link").
    public static func changesToTell(
        start: (Date, Date), end: (Date, Date), venue: (String?, String?), joiningLink: (String?, String?)
    ) -> [String] {
        var changes: [String] = []
        if start.0 != start.1 || end.0 != end.1 { changes.append("time") }
        if venue.0 != venue.1 || joiningLink.0 != joiningLink.1 { changes.append(venue.1 == nil ? "joining link" : "place") }
        return changes
    }

    /// When the reminder goes: `days` before the start, or never when switched off (nil).
    public static func reminderDue(start: Date, days: Int?) -> Date? {
        days.map { start.addingTimeInterval(-Double($0) * 86_400) }
    }
}

/// A place at an event: confirmed, on the waiting list, or given up.
public enum RegistrationStatus: String, CaseIterable, Codable, Sendable {
    case confirmed, waiting, cancelled

    public var label: String {
        switch self {
        case .confirmed: "Place confirmed"
        case .waiting: "On the waiting list"
        case .cancelled: "Cancelled"
        }
    }
}

/// Who came, recorded on the day.
public enum Attendance: String, CaseIterable, Codable, Sendable {
    case present, apologies
    case didNotAttend = "did_not_attend"

    public var label: String {
        switch self {
        case .present: "Present"
        case .apologies: "Sent apologies"
        case .didNotAttend: "Did not attend"
        }
    }
}

/// Places are never more than the capacity: a new registration is confirmed while
/// places are left and waits otherwise, and a freed place goes to the first waiting.
public enum EventPlaces {
    /// Where a new registration goes, given the places already confirmed (`capacity` nil: no limit).
    public static func placeFor(capacity: Int?, confirmed: Int) -> RegistrationStatus {
        guard let capacity else { return .confirmed }
        return confirmed < capacity ? .confirmed : .waiting
    }

    /// Who moves up from the waiting list when places free up: the earliest to join, as many as fit.
    public static func promote<ID>(waiting: [(id: ID, position: Int)], capacity: Int?, confirmed: Int) -> [ID] {
        let free = capacity.map { max(0, $0 - confirmed) } ?? waiting.count
        return waiting.sorted { $0.position < $1.position }.prefix(free).map(\.id)
    }
}
