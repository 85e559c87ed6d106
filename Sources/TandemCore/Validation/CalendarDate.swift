import Foundation

/// A day typed as day, month and year boxes, checked the way the NHS.UK
/// design system asks: say which part is missing, or that the date is not real.
public enum CalendarDate {
    public static func parse(day: String, month: String, year: String, fieldName: String) -> Result<Date, FieldProblem> {
        let parts = [("day", day.trimmed), ("month", month.trimmed), ("year", year.trimmed)]
        let missing = parts.filter { $0.1.isEmpty }.map(\.0)
        if missing.count == 3 { return .failure(FieldProblem("Enter \(fieldName.lowercased())")) }
        if !missing.isEmpty {
            return .failure(FieldProblem("\(fieldName) must include a \(missing.joined(separator: " and a "))"))
        }
        guard let d = Int(parts[0].1), let m = Int(parts[1].1), let y = Int(parts[2].1) else {
            return .failure(FieldProblem("\(fieldName) must be a real date, written in numbers"))
        }
        guard parts[2].1.count == 4 else { return .failure(FieldProblem("Year must include 4 numbers")) }
        guard let date = date(year: y, month: m, day: d) else {
            return .failure(FieldProblem("\(fieldName) must be a real date"))
        }
        return .success(date)
    }

    /// Day, month and year of a date, for filling the three boxes.
    public static func parts(of date: Date) -> (day: String, month: String, year: String) {
        let (year, month, day) = civil(date)
        return (String(day), String(month), String(year))
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// "21 November 2026", the NHS.UK style for dates (the UTC day).
    public static func long(_ date: Date) -> String {
        let (year, month, day) = civil(date)
        return "\(day) \(monthNames[month - 1]) \(year)"
    }

    /// "21 Nov 2026", for a chart's axis where the long form does not fit.
    public static func short(_ date: Date) -> String {
        let (year, month, day) = civil(date)
        return "\(day) \(monthNames[month - 1].prefix(3)) \(year)"
    }

    // Pages show dozens of dates and imports read hundreds of thousands, so days
    // are converted with the proleptic Gregorian arithmetic of Howard Hinnant's
    // "chrono-compatible low-level date algorithms" rather than through Calendar,
    // which costs microseconds a call.

    /// Midnight UTC of a day, or nil when there is no such day (31 April, 29 February 2027).
    public static func date(year: Int, month: Int, day: Int) -> Date? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), (1...9999).contains(year) else {
            return nil
        }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Date(timeIntervalSince1970: Double(era * 146_097 + dayOfEra - 719_468) * 86_400)
    }

    /// "2026-11-29": for spreadsheets.
    public static func iso(_ date: Date) -> String {
        let parts = civil(date)
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    /// The year, month and day (UTC) of a moment.
    public static func civil(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "21 November 2026 at 2:05pm", in UK time.
    public static func longWithTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "Europe/London") ?? Calendar.utc.timeZone
        formatter.dateFormat = "d MMMM yyyy 'at' h:mma"
        formatter.amSymbol = "am"
        formatter.pmSymbol = "pm"
        return formatter.string(from: date)
    }

    /// Midnight UTC at the start of the given moment's day.
    public static func startOfDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}

extension String {
    /// Splits "a, b,  c" into ["a", "b", "c"], dropping blanks and repeats.
    public var commaSeparatedList: [String] {
        var seen: Set<String> = []
        return split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
