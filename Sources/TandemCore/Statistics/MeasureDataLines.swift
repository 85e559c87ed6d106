import Foundation

/// Values of a measure typed or pasted as lines of text (or copied from a
/// spreadsheet as CSV): `date, value` and an optional note, one period a line.
/// Every line is checked and every problem reported with its line number, so
/// nothing is saved until all of them are right.
public enum MeasureDataLines {
    public struct Entry: Equatable, Sendable {
        public let line: Int
        public let period: Date
        public let value: Double
        public let note: String
    }

    public struct Problem: Equatable, Sendable {
        public let line: Int
        public let reason: String
        public var message: String { "Line \(line): \(reason)" }
    }

    public static func parse(_ text: String) -> (entries: [Entry], problems: [Problem]) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        var seen: [Date: Int] = [:]
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = offset + 1
            let content = rawLine.trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            // Tabs come from spreadsheets; a note may itself hold commas.
            let fields = content.replacingOccurrences(of: "\t", with: ",")
                .split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            guard fields.count >= 2 else {
                problems.append(Problem(line: line, reason: "give a date and a value separated by a comma, like 03/11/2026, 12"))
                continue
            }
            guard let period = FlexibleDate.parse(fields[0]) else {
                problems.append(Problem(line: line, reason: "\"\(fields[0])\" is not a date; write it like 03/11/2026"))
                continue
            }
            guard let value = NumberField.measureValue(fields[1]) else {
                problems.append(
                    Problem(
                        line: line, reason: "\"\(fields[1].prefix(40))\" is not a number between minus and plus a million million"
                    ))
                continue
            }
            if let earlier = seen[period] {
                problems.append(Problem(line: line, reason: "the same date as line \(earlier); give each period once"))
                continue
            }
            seen[period] = line
            let note = fields.count > 2 ? fields[2] : ""
            if note.count > 200 {
                problems.append(Problem(line: line, reason: "the note must be 200 characters or fewer"))
                continue
            }
            entries.append(Entry(line: line, period: period, value: value, note: note))
        }
        return (entries, problems)
    }
}
