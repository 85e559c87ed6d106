import Foundation

/// Times as people in the UK read and type them: a day and a clock time in
/// Europe/London, stored as an instant in UTC. The clocks go forward at 1am on
/// the last Sunday of March (GMT to BST) and back at 2am on the last Sunday of
/// October, so an event typed as "10:00" stays at 10:00 on the wall whichever
/// side of the change it falls.
public enum UKTime {
    public static let zone = TimeZone(identifier: "Europe/London")!
    public static let zoneID = "Europe/London"

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The clocks skip this hour (1am to 2am on the last Sunday of March).
        case skipped
        case invalid

        public var message: String {
            switch self {
            case .skipped: "The clocks go forward at 1am that day, so that time does not exist. Choose a time after 2am."
            case .invalid: "Enter a real time, like 10:00 or 14:30"
            }
        }
    }

    /// The instant of a UK wall-clock time. A time that happens twice (1am to 2am on the
    /// last Sunday of October) is taken the first time, in BST.
    public static func instant(year: Int, month: Int, day: Int, hour: Int, minute: Int) -> Result<Date, Problem> {
        guard (0...23).contains(hour), (0...59).contains(minute), (1...12).contains(month), (1...31).contains(day) else {
            return .failure(.invalid)
        }
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let date = calendar.date(from: parts) else { return .failure(.invalid) }
        // Foundation moves a skipped time forward; read it back to tell.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.day == day, back.month == month else { return .failure(.invalid) }
        guard back.hour == hour, back.minute == minute else { return .failure(.skipped) }
        // For a repeated time, take the earlier instant (BST).
        let earlier = date.addingTimeInterval(-3_600)
        let earlierParts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: earlier)
        if earlierParts == back { return .success(earlier) }
        return .success(date)
    }

    /// The wall-clock parts of an instant in the UK.
    public static func parts(of date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    /// The UK calendar day an instant falls on, as that day's midnight in UTC (how Tandem keeps days).
    public static func calendarDay(of date: Date) -> Date {
        let (year, month, day, _, _) = parts(of: date)
        return Calendar.utc.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Whether the UK is on summer time (BST) at an instant.
    public static func isSummerTime(_ date: Date) -> Bool { zone.isDaylightSavingTime(for: date) }

    /// "10am", "2:30pm", "12 noon": the NHS.UK style for times.
    public static func clock(_ date: Date) -> String {
        let (_, _, _, hour, minute) = parts(of: date)
        if hour == 12 && minute == 0 { return "12 noon" }
        if hour == 0 && minute == 0 { return "midnight" }
        let suffix = hour < 12 ? "am" : "pm"
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return minute == 0 ? "\(twelve)\(suffix)" : "\(twelve):\(String(format: "%02d", minute))\(suffix)"
    }

    /// "Saturday 27 March 2027, 10am to 12 noon" (the end's day is said when it differs).
    public static func span(from start: Date, to end: Date) -> String {
        let sameDay = calendar.isDate(start, inSameDayAs: end)
        return "\(day(start)), \(clock(start)) to \(sameDay ? "" : day(end) + ", ")\(clock(end))"
    }

    /// "Saturday 27 March 2027".
    public static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = zone
        formatter.dateFormat = "EEEE d MMMM yyyy"
        return formatter.string(from: date)
    }

    /// A time as people type it: "10", "10:30", "10.30", "2pm", "2:30pm", "14:30", "12 noon".
    public static func clockTime(_ raw: String) -> (hour: Int, minute: Int)? {
        var text = raw.lowercased().replacingOccurrences(of: " ", with: "")
        if text == "noon" || text == "12noon" || text == "midday" { return (12, 0) }
        var shift = 0
        if text.hasSuffix("am") || text.hasSuffix("pm") {
            shift = text.hasSuffix("pm") ? 12 : 0
            text.removeLast(2)
            let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
            guard (1...2).contains(parts.count), let hour = Int(parts[0]), (1...12).contains(hour) else { return nil }
            let minute = parts.count == 2 ? Int(parts[1]) : 0
            guard let minute, (0...59).contains(minute), parts.count == 1 || parts[1].count == 2 else { return nil }
            return (hour % 12 + shift, minute)
        }
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute), parts.count == 1 || parts[1].count == 2 else { return nil }
        return (hour, minute)
    }
}
