import Foundation

/// The dates of a cohort and its sessions: each session falls within the cohort's dates.
public enum CohortRules {
    public enum Problem: Error, Equatable, Sendable {
        case endsBeforeStart
        case sessionOutside(first: Date, last: Date)

        public var message: String {
            switch self {
            case .endsBeforeStart: "The cohort's last day must be on or after its first day"
            case .sessionOutside(let first, let last):
                "The session must be within the cohort's dates, \(CalendarDate.long(first)) to \(CalendarDate.long(last))"
            }
        }
    }

    public static func check(first: Date, last: Date) -> Problem? {
        last < first ? .endsBeforeStart : nil
    }

    /// `first` and `last` are the cohort's days (midnight UTC); the session's start is an
    /// instant, compared by its UK calendar day.
    public static func check(sessionStart: Date, first: Date, last: Date) -> Problem? {
        let day = UKTime.calendarDay(of: sessionStart)
        return day < first || day > last ? .sessionOutside(first: first, last: last) : nil
    }

    /// When the team's project is looked at again after the cohort: 3 and 6 months after its last day.
    public static func followUps(after last: Date) -> [(months: Int, on: Date)] {
        [3, 6].map { months in (months, Calendar.utc.date(byAdding: .month, value: months, to: last) ?? last) }
    }
}
