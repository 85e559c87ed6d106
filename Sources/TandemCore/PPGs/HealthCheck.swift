import Foundation

/// The four criteria that make a PPG a success.
public enum HealthCriterion: String, CaseIterable, Codable, Sendable {
    case activeAndRepresentative = "active_representative"
    case partnership
    case primaryCareNetwork = "pcn"
    case improvements

    public var label: String {
        switch self {
        case .activeAndRepresentative: "An active core group that is diverse and representative of the practice's patients"
        case .partnership: "Working in partnership with practice staff"
        case .primaryCareNetwork: "Engaging with the Primary Care Network"
        case .improvements: "Evidence of service improvements at the practice"
        }
    }

    public var shortLabel: String {
        switch self {
        case .activeAndRepresentative: "Active and representative"
        case .partnership: "Partnership with the practice"
        case .primaryCareNetwork: "Engaging with the PCN"
        case .improvements: "Improvements made"
        }
    }
}

public enum CriterionOutcome: String, CaseIterable, Codable, Sendable, Comparable {
    case notMet = "not_met"
    case partlyMet = "partly_met"
    case met

    public var label: String {
        switch self {
        case .met: "Met"
        case .partlyMet: "Partly met"
        case .notMet: "Not met"
        }
    }

    public var colour: String {
        switch self {
        case .met: "green"
        case .partlyMet: "yellow"
        case .notMet: "red"
        }
    }

    var rank: Int {
        switch self {
        case .notMet: 0
        case .partlyMet: 1
        case .met: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The thresholds a coordinator may set.
public struct HealthCheckSettings: Sendable, Equatable {
    /// Meetings in the last 12 months for the core group to count as active.
    public var minimumMeetings = 4
    /// Core members present on average at those meetings.
    public var minimumAverageCorePresent = 5.0
    /// The index of dissimilarity (0 to 100) at or below which the members count as representative.
    public var representativeIndex = 25.0

    public init() {}
    public static let standard = HealthCheckSettings()
}

/// What the health check reads from a PPG's records.
public struct PPGRecords: Sendable {
    public struct Meeting: Sendable {
        public let date: Date
        public let kind: PPGMeetingKind
        public let corePresent: Int
        public let practiceStaffPresent: Bool
        public let pcnRepresentativePresent: Bool
        public init(
            date: Date, kind: PPGMeetingKind, corePresent: Int, practiceStaffPresent: Bool, pcnRepresentativePresent: Bool
        ) {
            self.date = date
            self.kind = kind
            self.corePresent = corePresent
            self.practiceStaffPresent = practiceStaffPresent
            self.pcnRepresentativePresent = pcnRepresentativePresent
        }
    }

    public struct Action: Sendable {
        public let raisedOn: Date
        public let status: PPGActionStatus
        /// The practice answered it (a response written, or the action done).
        public let answered: Bool
        public init(raisedOn: Date, status: PPGActionStatus, answered: Bool) {
            self.raisedOn = raisedOn
            self.status = status
            self.answered = answered
        }
    }

    public struct Improvement: Sendable {
        public let title: String
        public let implementedOn: Date
        public init(title: String, implementedOn: Date) {
            self.title = title
            self.implementedOn = implementedOn
        }
    }

    /// How the members compare with the practice's patients, worked out before the check.
    public struct Likeness: Sendable {
        /// The index of dissimilarity by age band, nil when it cannot be worked out.
        public let index: Double?
        /// Why there is no index, in words.
        public let whyUnknown: String?
        /// The groups most under-represented, as sentences with small numbers hidden.
        public let underRepresented: [String]
        public init(index: Double?, whyUnknown: String?, underRepresented: [String]) {
            self.index = index
            self.whyUnknown = whyUnknown
            self.underRepresented = underRepresented
        }
    }

    public var meetings: [Meeting] = []
    public var actions: [Action] = []
    public var improvements: [Improvement] = []
    /// Changes at the practice agreed or under way but not yet made.
    public var changesUnderWay = 0
    public var likeness = Likeness(index: nil, whyUnknown: "There is no population for the practice yet.", underRepresented: [])

    public init() {}
}

/// Works out each criterion as met, partly met or not met, with the evidence in words.
public enum HealthCheck {
    public struct Result: Sendable, Equatable {
        public let criterion: HealthCriterion
        public let outcome: CriterionOutcome
        public let evidence: [String]
    }

    /// The first day counted as "in the last 12 months": the same date a year before `today`.
    public static func windowStart(_ today: Date) -> Date {
        let day = CalendarDate.startOfDay(today)
        return Calendar.utc.date(byAdding: .year, value: -1, to: day) ?? day
    }

    static func inWindow(_ date: Date, today: Date) -> Bool {
        let day = CalendarDate.startOfDay(date)
        return day >= windowStart(today) && day <= CalendarDate.startOfDay(today)
    }

    public static func evaluate(_ records: PPGRecords, today: Date, settings: HealthCheckSettings = .standard) -> [Result] {
        let meetings = records.meetings.filter { inWindow($0.date, today: today) }
        let own = meetings.filter { $0.kind == .ppgMeeting }
        return [
            activeAndRepresentative(own, likeness: records.likeness, settings: settings),
            partnership(own, actions: records.actions.filter { inWindow($0.raisedOn, today: today) }),
            primaryCareNetwork(meetings),
            improvements(
                records.improvements.filter { inWindow($0.implementedOn, today: today) }, underWay: records.changesUnderWay),
        ]
    }

    static func activeAndRepresentative(
        _ meetings: [PPGRecords.Meeting], likeness: PPGRecords.Likeness, settings: HealthCheckSettings
    )
        -> Result
    {
        var evidence: [String] = []
        let average = meetings.isEmpty ? 0 : Double(meetings.map(\.corePresent).reduce(0, +)) / Double(meetings.count)
        let active = meetings.count >= settings.minimumMeetings && average >= settings.minimumAverageCorePresent
        evidence.append(
            "\(counted(meetings.count, "meeting")) in the last 12 months (at least \(settings.minimumMeetings) asked)"
                + (meetings.isEmpty
                    ? ""
                    : ", with \(oneDecimal(average)) core members present on average (at least \(oneDecimal(settings.minimumAverageCorePresent)) asked)")
        )
        var representative = false
        if let index = likeness.index {
            representative = index <= settings.representativeIndex
            evidence.append(
                "Index of dissimilarity by age: \(Int(index.rounded()))% (\(Int(settings.representativeIndex))% or less counts as representative)"
            )
        } else if let why = likeness.whyUnknown {
            evidence.append("Representativeness cannot be worked out: \(why)")
        }
        evidence += likeness.underRepresented.map { "Under-represented: \($0)" }
        let outcome: CriterionOutcome = active && representative ? .met : active || representative ? .partlyMet : .notMet
        return Result(criterion: .activeAndRepresentative, outcome: outcome, evidence: evidence)
    }

    static func partnership(_ meetings: [PPGRecords.Meeting], actions: [PPGRecords.Action]) -> Result {
        let withStaff = meetings.filter(\.practiceStaffPresent).count
        let staffAtMost = !meetings.isEmpty && withStaff * 2 > meetings.count
        let answered = actions.filter(\.answered).count
        let responded = actions.isEmpty || answered * 2 >= actions.count
        var evidence = ["Practice staff attended \(withStaff) of \(counted(meetings.count, "meeting")) in the last 12 months"]
        evidence.append(
            actions.isEmpty
                ? "No actions were raised in the last 12 months"
                : "The practice answered \(answered) of the PPG's \(counted(actions.count, "action")) raised in the last 12 months"
        )
        let outcome: CriterionOutcome =
            meetings.isEmpty
            ? .notMet : staffAtMost && responded ? .met : staffAtMost || (responded && !actions.isEmpty) ? .partlyMet : .notMet
        return Result(criterion: .partnership, outcome: outcome, evidence: evidence)
    }

    static func primaryCareNetwork(_ meetings: [PPGRecords.Meeting]) -> Result {
        let representativeCame = meetings.filter { $0.kind == .ppgMeeting && $0.pcnRepresentativePresent }
        let atPCN = meetings.filter { $0.kind == .pcnMeeting }
        var evidence: [String] = []
        if let last = representativeCame.map(\.date).max() {
            evidence.append(
                "A PCN representative came to \(counted(representativeCame.count, "meeting")), the last on \(CalendarDate.long(last))"
            )
        }
        if let last = atPCN.map(\.date).max() {
            evidence.append(
                "The PPG was represented at \(counted(atPCN.count, "PCN meeting")), the last on \(CalendarDate.long(last))")
        }
        if evidence.isEmpty {
            evidence.append("No PCN representative at a PPG meeting, and no PCN meeting attended, in the last 12 months")
        }
        return Result(
            criterion: .primaryCareNetwork, outcome: representativeCame.isEmpty && atPCN.isEmpty ? .notMet : .met,
            evidence: evidence)
    }

    static func improvements(_ made: [PPGRecords.Improvement], underWay: Int) -> Result {
        var evidence = made.sorted { $0.implementedOn > $1.implementedOn }
            .map { "\($0.title) (made \(CalendarDate.long($0.implementedOn)))" }
        if made.isEmpty { evidence.append("No change at the practice was made in the last 12 months") }
        if underWay > 0 { evidence.append("\(counted(underWay, "change is", "changes are")) agreed or under way") }
        let outcome: CriterionOutcome = !made.isEmpty ? .met : underWay > 0 ? .partlyMet : .notMet
        return Result(criterion: .improvements, outcome: outcome, evidence: evidence)
    }

    /// A quarter's key ("2026-4") and its words ("October to December 2026").
    public static func quarter(of date: Date) -> String {
        let parts = CalendarDate.civil(date)
        return "\(parts.year)-\((parts.month - 1) / 3 + 1)"
    }

    public static func quarterLabel(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let quarter = Int(parts[1]), (1...4).contains(quarter) else { return key }
        let names = ["January to March", "April to June", "July to September", "October to December"]
        return "\(names[quarter - 1]) \(parts[0])"
    }

    static func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
