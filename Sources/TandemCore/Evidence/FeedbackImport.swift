import Foundation

/// Which column of an uploaded file holds what. Only the text is required.
public struct ImportMapping: Codable, Sendable, Equatable {
    public var text: Int
    public var date: Int?
    public var service: Int?
    public var rating: Int?
    public var question: Int?

    public init(text: Int, date: Int? = nil, service: Int? = nil, rating: Int? = nil, question: Int? = nil) {
        self.text = text
        self.date = date
        self.service = service
        self.rating = rating
        self.question = question
    }

    /// A first guess from the header row: "comment" or "text" for the text, and so on.
    public static func guess(from header: [String]) -> ImportMapping? {
        let names = header.map { $0.trimmed.lowercased() }
        func column(_ candidates: [String]) -> Int? {
            for candidate in candidates { if let index = names.firstIndex(of: candidate) { return index } }
            for candidate in candidates { if let index = names.firstIndex(where: { $0.contains(candidate) }) { return index } }
            return nil
        }
        guard
            let text = column([
                "text", "comment", "comments", "feedback", "free text", "answer", "why", "could be better", "improve",
            ])
        else { return nil }
        return ImportMapping(
            text: text, date: column(["date", "response date", "submitted"]),
            service: column(["service", "ward", "department", "team"]),
            rating: column(["rating", "score", "fft", "recommend", "overall experience"]),
            question: column(["question", "prompt"]))
    }
}

/// One row of an import, checked and tidied.
public struct ImportedRow: Sendable, Equatable {
    public let line: Int
    public let text: String
    public let date: Date?
    public let service: String?
    public let rating: Int?
    public let question: String?

    /// The row's content as one string: what makes two rows the same.
    var content: String {
        let day = date.map { String(Int($0.timeIntervalSince1970 / 86_400)) } ?? ""
        return [text, day, service ?? "", rating.map(String.init) ?? "", question ?? ""].joined(separator: "\u{1F}")
    }
}

/// Gives each row of a file a fingerprint so that importing the same file
/// again finds every row already there. Two people can write the same words
/// on the same day ("Excellent service"), so identical rows within one file are
/// told apart by how many times the content has come before: the second
/// "Excellent service" of the day is a different row from the first, and the
/// same second row when the file comes again.
public struct DuplicateCounter: Sendable {
    private var seen: [Fingerprint.Value: Int] = [:]

    public init() {}

    public mutating func fingerprint(for row: ImportedRow) -> String {
        let base = Fingerprint.value(of: row.content)
        let occurrence = seen[base, default: 0]
        seen[base] = occurrence + 1
        return occurrence == 0 ? base.hex : Fingerprint.of("\(base.hex)#\(occurrence)")
    }
}

/// Checks one record of an uploaded file against the mapping.
public enum ImportRowChecker {
    public static func check(_ record: CSVRecord, mapping: ImportMapping, columnCount: Int) -> Result<ImportedRow, CSVError> {
        let f = record.fields
        guard f.count == columnCount else {
            return .failure(CSVError(line: record.line, reason: "expected \(columnCount) columns, found \(f.count)"))
        }
        let text = f[mapping.text].trimmed
        guard !text.isEmpty else { return .failure(CSVError(line: record.line, reason: "the comment is empty")) }
        guard text.count <= 20_000 else {
            return .failure(CSVError(line: record.line, reason: "the comment is longer than 20,000 characters"))
        }
        var date: Date?
        if let column = mapping.date, !f[column].trimmed.isEmpty {
            guard let parsed = FlexibleDate.parse(f[column]) else {
                return .failure(
                    CSVError(line: record.line, reason: "'\(f[column])' is not a date (use a form like 21/11/2026 or 2026-11-21)")
                )
            }
            date = parsed
        }
        var rating: Int?
        if let column = mapping.rating, !f[column].trimmed.isEmpty {
            let raw = f[column].trimmed
            if let number = Int(raw), (1...7).contains(number) {
                rating = number
            } else if let fft = FriendsAndFamilyTest.rating(for: raw) {
                rating = fft
            } else {
                return .failure(
                    CSVError(
                        line: record.line,
                        reason: "rating '\(raw)' must be 1 to 5 (6 don't know, 7 not given) or a Friends and Family Test answer"))
            }
        }
        let service = mapping.service.map { f[$0].trimmed }.flatMap { $0.isEmpty ? nil : $0 }
        let question = mapping.question.map { f[$0].trimmed }.flatMap { $0.isEmpty ? nil : $0 }
        return .success(
            ImportedRow(line: record.line, text: text, date: date, service: service, rating: rating, question: question))
    }
}

/// Dates as people and spreadsheets write them: 21/11/2026, 21-11-2026, 2026-11-21, 21 November 2026.
public enum FlexibleDate {
    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmed
        // ISO: 2026-11-21 (optionally with a time after it).
        let isoDay = text.prefix(10)
        let iso = isoDay.split(separator: "-")
        if iso.count == 3, iso[0].count == 4,
            case .success(let date) = CalendarDate.parse(
                day: String(iso[2]), month: String(iso[1]), year: String(iso[0]), fieldName: "Date")
        {
            return date
        }
        // UK day first: 21/11/2026 or 21-11-2026 or 21.11.2026.
        for separator in ["/", "-", "."] {
            let parts = text.split(separator: Character(separator)).map(String.init)
            if parts.count == 3, parts[2].prefix(4).count == 4,
                case .success(let date) = CalendarDate.parse(
                    day: parts[0], month: parts[1], year: String(parts[2].prefix(4)), fieldName: "Date")
            {
                return date
            }
        }
        // 21 November 2026 / 21 Nov 2026
        let words = text.split(separator: " ").map(String.init)
        if words.count == 3, let month = monthNumber(words[1]),
            case .success(let date) = CalendarDate.parse(
                day: words[0].filter(\.isNumber), month: String(month), year: words[2], fieldName: "Date")
        {
            return date
        }
        return nil
    }

    static func monthNumber(_ word: String) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: String(word.lowercased().prefix(3))).map { $0 + 1 }
    }
}

/// A 128-bit fingerprint of a string, as 32 hex digits (two FNV-1a hashes with
/// different seeds): for spotting repeats, not for security.
public enum Fingerprint {
    public struct Value: Hashable, Sendable {
        let a: UInt64
        let b: UInt64
        public var hex: String { hex16(a) + hex16(b) }

        private func hex16(_ number: UInt64) -> String {
            let digits = String(number, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }

    public static func value(of text: String) -> Value {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b << 13) | (b >> 51)
        }
        return Value(a: a, b: b)
    }

    public static func of(_ text: String) -> String { value(of: text).hex }
}

/// What becomes of one row of an uploaded file.
public enum ImportRowOutcome: Sendable, Equatable {
    case row(ImportedRow)
    /// A rating with no comment, as real Friends and Family Test exports are full of:
    /// skipped without fuss, counted and listed, never an error.
    case noComment(line: Int)
    /// Something wrong with the row: the whole import stops unless the person chose to
    /// import the rows without problems and skip these.
    case problem(CSVError)

    public static func of(_ record: CSVRecord, mapping: ImportMapping, columnCount: Int) -> ImportRowOutcome {
        if record.fields.count == columnCount, record.fields[mapping.text].trimmed.isEmpty {
            return .noComment(line: record.line)
        }
        switch ImportRowChecker.check(record, mapping: mapping, columnCount: columnCount) {
        case .success(let row): return .row(row)
        case .failure(let problem): return .problem(problem)
        }
    }
}
