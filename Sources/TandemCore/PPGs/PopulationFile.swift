import Foundation

/// Reads NHS Digital's "Patients Registered at a GP Practice" files: the single-year-of-age
/// files (one for male, one for female, or both in one) and the five-year file. Columns are
/// found by their names in the header, not by position, because the published names have
/// changed over the years; the known spellings of each are accepted and a missing one is
/// named. Rows for all sexes or all ages together ("ALL") and rows that are not a practice
/// (a PCN, a sub-ICB location, an ICB, a region) are skipped. A malformed row stops the read
/// and names its line: a file imports whole or not at all.
public struct PopulationReader: Sendable {
    /// The column names each field is known by, upper case.
    public static let columns: [(field: String, names: [String])] = [
        ("the practice code", ["CODE", "ORG_CODE", "PRACTICE_CODE"]),
        ("the extract date", ["EXTRACT_DATE"]),
        ("the sex", ["SEX"]),
        ("the age", ["AGE", "AGE_GROUP_5", "AGE_GROUP"]),
        ("the number of patients", ["NUMBER_OF_PATIENTS", "NUMBER", "PATIENTS"]),
    ]
    static let organisationTypeNames = ["ORG_TYPE", "TYPE"]

    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { line > 0 ? "Line \(line): \(reason)" : reason }
        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    let code: Int, date: Int, sex: Int, age: Int, number: Int
    let organisationType: Int?
    let postcode: Int?
    public let detail: AgeDetail
    public private(set) var practices: [String: PracticePopulation] = [:]
    /// Rows left out on purpose (totals, and organisations that are not practices).
    public private(set) var skippedRows = 0

    public init(header: [String]) throws(Problem) {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        var found: [Int] = []
        var missing: [String] = []
        for (field, spellings) in Self.columns {
            if let index = names.firstIndex(where: spellings.contains) {
                found.append(index)
            } else {
                missing.append("\(field) (\(spellings.joined(separator: " or ")))")
            }
        }
        guard missing.isEmpty else {
            throw Problem(line: 1, reason: "The header has no column for \(missing.joined(separator: ", ")).")
        }
        (code, date, sex, age, number) = (found[0], found[1], found[2], found[3], found[4])
        organisationType = names.firstIndex(where: Self.organisationTypeNames.contains)
        postcode = names.firstIndex(of: "POSTCODE")
        detail = names[age] == "AGE" ? .singleYear : .fiveYear
    }

    /// Reads one data row (its line number for the message when it is malformed).
    public mutating func read(_ fields: [String], line: Int) throws(Problem) {
        func field(_ index: Int) -> String {
            index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : ""
        }
        guard fields.count > max(code, date, sex, age, number) else {
            throw Problem(line: line, reason: "The row has \(fields.count) columns; the header has more.")
        }
        if let organisationType, !["GP", "PRACTICE", "GP_PRACTICE"].contains(field(organisationType).uppercased()) {
            skippedRows += 1
            return
        }
        let sexText = field(sex).uppercased(), ageText = field(age).uppercased()
        if sexText == "ALL" || ageText == "ALL" {
            skippedRows += 1
            return
        }
        guard let registeredSex = RegisteredSex(rawValue: sexText.lowercased()) else {
            throw Problem(line: line, reason: "The sex is \u{201C}\(field(sex))\u{201D}; it should be MALE, FEMALE or ALL.")
        }
        guard let firstYear = Self.firstYear(of: ageText, detail: detail) else {
            throw Problem(line: line, reason: "The age is \u{201C}\(field(age))\u{201D}, which is not an age or age group.")
        }
        guard let count = Int(field(number)), count >= 0 else {
            throw Problem(line: line, reason: "The number of patients is \u{201C}\(field(number))\u{201D}, not a whole number.")
        }
        guard let extractDate = Self.date(field(date)) else {
            throw Problem(line: line, reason: "The extract date \u{201C}\(field(date))\u{201D} is not a date.")
        }
        let practice = field(code).uppercased()
        guard !practice.isEmpty else { throw Problem(line: line, reason: "The practice code is empty.") }
        let key = practice
        var population =
            practices[key]
            ?? PracticePopulation(
                practiceCode: practice, extractDate: extractDate, detail: detail,
                postcode: postcode.map(field).flatMap { $0.isEmpty ? nil : $0.uppercased() })
        guard population.extractDate == extractDate else {
            throw Problem(line: line, reason: "Practice \(practice) has two extract dates in one file.")
        }
        population.counts[registeredSex, default: [:]][firstYear, default: 0] += count
        practices[key] = population
    }

    /// "37" or "95+" for single years; "0_4", "0-4", "90_94" or "95+" for five-year groups.
    static func firstYear(of text: String, detail: AgeDetail) -> Int? {
        let cleaned = text.replacingOccurrences(of: " ", with: "")
        if cleaned.hasSuffix("+") { return Int(cleaned.dropLast()).flatMap { $0 == 95 ? 95 : nil } }
        switch detail {
        case .singleYear:
            guard let age = Int(cleaned), (0...94).contains(age) else { return nil }
            return age
        case .fiveYear:
            let parts = cleaned.split(whereSeparator: { $0 == "_" || $0 == "-" }).compactMap { Int($0) }
            guard parts.count == 2, parts[0] % 5 == 0, parts[1] == parts[0] + 4, (0...90).contains(parts[0]) else { return nil }
            return parts[0]
        }
    }

    /// The extract dates the published files have used: "01APR2024", "01-APR-2024", "2024-04-01", "01/04/2024".
    static func date(_ text: String) -> Date? {
        let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        let upper = text.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
        if upper.count == 9, let day = Int(upper.prefix(2)),
            let month = months.firstIndex(of: String(upper.dropFirst(2).prefix(3))),
            let year = Int(upper.suffix(4))
        {
            return CalendarDate.date(year: year, month: month + 1, day: day)
        }
        let iso = text.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, iso[0] > 1900 { return CalendarDate.date(year: iso[0], month: iso[1], day: iso[2]) }
        let british = text.split(separator: "/").compactMap { Int($0) }
        if british.count == 3, british[2] > 1900 {
            return CalendarDate.date(year: british[2], month: british[1], day: british[0])
        }
        return nil
    }

    /// Reads a whole file's text: every practice, or the first problem with its line.
    public static func read(_ text: String) throws -> PopulationReader {
        let records = try CSVParser.records(in: text)
        guard let header = records.first else { throw Problem(line: 0, reason: "The file is empty.") }
        var reader = try PopulationReader(header: header.fields)
        for record in records.dropFirst() where !(record.fields.count == 1 && record.fields[0].isEmpty) {
            try reader.read(record.fields, line: record.line)
        }
        return reader
    }
}
