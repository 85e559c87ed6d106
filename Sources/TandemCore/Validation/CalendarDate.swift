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
        var components = DateComponents()
        components.day = d
        components.month = m
        components.year = y
        let calendar = Calendar.utc
        guard (1...12).contains(m), (1...31).contains(d), let date = calendar.date(from: components),
              calendar.component(.day, from: date) == d, calendar.component(.month, from: date) == m
        else { return .failure(FieldProblem("\(fieldName) must be a real date")) }
        return .success(date)
    }

    /// Day, month and year of a date, for filling the three boxes.
    public static func parts(of date: Date) -> (day: String, month: String, year: String) {
        let c = Calendar.utc.dateComponents([.day, .month, .year], from: date)
        return (String(c.day ?? 1), String(c.month ?? 1), String(c.year ?? 2000))
    }

    /// "21 November 2026", the NHS.UK style for dates.
    public static func long(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.calendar = .utc
        formatter.timeZone = Calendar.utc.timeZone
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
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
    public static func startOfDay(_ date: Date) -> Date { Calendar.utc.startOfDay(for: date) }
}

extension String {
    /// Splits "a, b,  c" into ["a", "b", "c"], dropping blanks and repeats.
    public var commaSeparatedList: [String] {
        var seen: Set<String> = []
        return split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
