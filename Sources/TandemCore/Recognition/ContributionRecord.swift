import Foundation

/// Recognition beyond money: a certificate of contribution a coordinator gives a partner, and the
/// partner's record of involvement (what they took part in and what it changed), printable for a CV.
public enum ContributionCertificateRules {
    /// A certificate covers at most this many hours: more is a mistyped number, not a contribution.
    public static let maximumHours = 5_000.0

    public enum Problem: Error, Equatable, Sendable {
        case endsBeforeItStarts
        case endsInTheFuture
        case hours

        public var message: String {
            switch self {
            case .endsBeforeItStarts: "The last day must be on or after the first day"
            case .endsInTheFuture: "A certificate is for a contribution already made: the last day cannot be in the future"
            case .hours: "Hours must be a number from 0 to 5,000, in quarter hours (like 40.5), or left empty"
            }
        }
    }

    /// The period's problem, if any: it must not end before it starts or after today.
    public static func periodProblem(from: Date, to: Date, today: Date) -> Problem? {
        if to < from { return .endsBeforeItStarts }
        if Calendar.utc.startOfDay(for: to) > Calendar.utc.startOfDay(for: today) { return .endsInTheFuture }
        return nil
    }

    /// The hours typed ("40", "12.75"), nil when left empty, or the problem.
    public static func hours(_ text: String) -> Result<Double?, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        guard !trimmed.isEmpty else { return .success(nil) }
        guard let value = Double(trimmed), value.isFinite, value > 0, value <= maximumHours,
            (value * 4).rounded() == value * 4
        else { return .failure(.hours) }
        return .success(value)
    }

    /// "CC-2026-0007": printed on the certificate so it can be checked.
    public static func number(year: Int, sequence: Int) -> String {
        "CC-\(year)-\(String(format: "%04d", sequence))"
    }
}

/// A partner's record of involvement: each thing they took part in, newest first, grouped by year,
/// with the hours they gave in each year.
public struct InvolvementRecord: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case certificate, placement, group, panel, project, training, trainer, event, voice

        /// The heading each kind is counted under on the record.
        public var label: String {
            switch self {
            case .certificate: "Certificate of contribution"
            case .placement: "Involvement opportunity"
            case .group: "Governance group"
            case .panel: "Peer review panel"
            case .project: "Improvement project"
            case .training: "Training completed"
            case .trainer: "Training delivered"
            case .event: "Event"
            case .voice: "Experience shared"
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public let kind: Kind
        public let title: String
        /// The role or part they played ("Chair", "Patient trainer", "Attended").
        public let role: String
        public let from: Date
        /// Nil for a single day or a role still held.
        public let to: Date?
        public let ongoing: Bool
        /// What it changed, through the golden thread (a recommendation implemented, plans changed), in words.
        public let changed: [String]

        public init(kind: Kind, title: String, role: String, from: Date, to: Date?, ongoing: Bool = false, changed: [String] = [])
        {
            self.kind = kind
            self.title = title
            self.role = role
            self.from = from
            self.to = to
            self.ongoing = ongoing
            self.changed = changed
        }
    }

    /// Time given on a day (from time records and claims), counted once per day and activity.
    public struct Time: Sendable, Equatable {
        public let day: Date
        public let hours: Double

        public init(day: Date, hours: Double) {
            self.day = day
            self.hours = hours
        }
    }

    public struct Year: Sendable, Equatable {
        public let year: Int
        public let entries: [Entry]
        public let hours: Double
    }

    public let years: [Year]
    public let totalHours: Double
    /// How many of each kind, for the record's opening summary ("3 governance groups").
    public let counts: [(kind: Kind, count: Int)]

    public static func == (a: InvolvementRecord, b: InvolvementRecord) -> Bool {
        a.years == b.years && a.totalHours == b.totalHours && a.counts.map(\.kind) == b.counts.map(\.kind)
            && a.counts.map(\.count) == b.counts.map(\.count)
    }

    /// Entries newest first within each year (by when they started), years newest first; a year appears
    /// when something started in it or time was given in it.
    public init(entries: [Entry], time: [Time]) {
        let byYear = Dictionary(grouping: entries) { CalendarDate.civil($0.from).year }
        let hoursByYear = Dictionary(grouping: time) { CalendarDate.civil($0.day).year }.mapValues {
            $0.reduce(0) { $0 + $1.hours }
        }
        years = Set(byYear.keys).union(hoursByYear.keys).sorted(by: >).map { year in
            Year(
                year: year,
                entries: (byYear[year] ?? []).sorted { ($0.from, $1.title) > ($1.from, $0.title) },
                hours: hoursByYear[year] ?? 0)
        }
        totalHours = time.reduce(0) { $0 + $1.hours }
        let kinds = Dictionary(grouping: entries, by: \.kind)
        counts = Kind.allCases.compactMap { kind in kinds[kind].map { (kind, $0.count) } }
    }

    public var isEmpty: Bool { years.isEmpty }

    /// "2 governance groups", "1 event": a count with its kind in words.
    public static func countText(_ count: Int, _ kind: Kind) -> String {
        let noun: (String, String) =
            switch kind {
            case .certificate: ("certificate of contribution", "certificates of contribution")
            case .placement: ("involvement opportunity", "involvement opportunities")
            case .group: ("governance group", "governance groups")
            case .panel: ("peer review panel", "peer review panels")
            case .project: ("improvement project", "improvement projects")
            case .training: ("training programme completed", "training programmes completed")
            case .trainer: ("training session delivered", "training sessions delivered")
            case .event: ("event", "events")
            case .voice: ("experience shared with a project", "experiences shared with projects")
            }
        return "\(count) \(count == 1 ? noun.0 : noun.1)"
    }
}
