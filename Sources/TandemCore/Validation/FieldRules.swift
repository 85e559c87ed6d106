import Foundation

/// Day, month and year boxes as they were typed (NHS.UK date input).
public struct DateParts: Sendable, Equatable {
    public var day: String
    public var month: String
    public var year: String

    public init(day: String = "", month: String = "", year: String = "") {
        self.day = day
        self.month = month
        self.year = year
    }

    /// The boxes filled in from a date, or empty.
    public init(_ date: Date?) {
        guard let date else { self.init(); return }
        let parts = CalendarDate.parts(of: date)
        self.init(day: parts.day, month: parts.month, year: parts.year)
    }

    public var isBlank: Bool { day.trimmed.isEmpty && month.trimmed.isEmpty && year.trimmed.isEmpty }
}

/// The rules every form shares, one per kind of field. Each returns the value
/// to keep, or the plain-English problem to show beside the field; forms
/// collect them with `FormErrors.check` (see `docs/ARCHITECTURE.md`, "Forms").
public enum FieldRules {
    /// Text that must be given: trimmed, at most `maximum` characters.
    public static func requiredText(_ raw: String?, maximum: Int, missing: String, name: String) -> Result<String, FieldProblem> {
        guard let text = raw?.trimmed, !text.isEmpty else { return .failure(FieldProblem(missing)) }
        if let problem = TextLimit.check(text, maximum: maximum, name: name) { return .failure(problem) }
        return .success(text)
    }

    /// Text that may be left empty (nil then): trimmed, at most `maximum` characters.
    public static func optionalText(_ raw: String?, maximum: Int, name: String) -> Result<String?, FieldProblem> {
        guard let text = raw?.trimmed, !text.isEmpty else { return .success(nil) }
        if let problem = TextLimit.check(text, maximum: maximum, name: name) { return .failure(problem) }
        return .success(text)
    }

    /// A date that must be given, from its three boxes; not after `latest` when given
    /// (a day something happened is today or in the past).
    public static func date(
        _ parts: DateParts, name: String, latest: Date? = nil, earliest: Date? = nil
    )
        -> Result<Date, FieldProblem>
    {
        CalendarDate.parse(day: parts.day, month: parts.month, year: parts.year, fieldName: name).flatMap { date in
            if let latest, date > latest { return .failure(FieldProblem("\(name) must be today or in the past")) }
            if let earliest, date < earliest { return .failure(FieldProblem("\(name) must be today or in the future")) }
            return .success(date)
        }
    }

    /// A date that may be left empty (all three boxes blank).
    public static func optionalDate(
        _ parts: DateParts, name: String, latest: Date? = nil, earliest: Date? = nil
    )
        -> Result<Date?, FieldProblem>
    {
        parts.isBlank ? .success(nil) : date(parts, name: name, latest: latest, earliest: earliest).map { $0 }
    }

    /// One of a fixed set of choices (radios, a select), by its stored value.
    public static func choice<Choice: RawRepresentable>(
        _ raw: String?, as type: Choice.Type, missing: String
    )
        -> Result<Choice, FieldProblem> where Choice.RawValue == String
    {
        guard let raw = raw?.trimmed, let choice = Choice(rawValue: raw) else { return .failure(FieldProblem(missing)) }
        return .success(choice)
    }

    /// A value checked by a `FieldRule` (email, UK phone number, postcode district, ODS code), or nil when left empty.
    public static func optional<Rule: FieldRule>(_ raw: String?, _ rule: Rule.Type) -> Result<String?, FieldProblem> {
        guard let text = raw?.trimmed, !text.isEmpty else { return .success(nil) }
        return rule.check(text).map { $0 }
    }

    /// A value checked by a `FieldRule` that must be given.
    public static func required<Rule: FieldRule>(
        _ raw: String?, _ rule: Rule.Type, missing: String
    ) -> Result<String, FieldProblem> {
        guard let text = raw?.trimmed, !text.isEmpty else { return .failure(FieldProblem(missing)) }
        return rule.check(text)
    }

    /// The non-blank lines of a box with one thing on each line, trimmed.
    public static func lines(_ raw: String?) -> [String] {
        (raw ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// A whole number within `range`, or nil when left empty.
    public static func optionalWholeNumber(
        _ raw: String?, in range: ClosedRange<Int>, problem: String
    ) -> Result<Int?, FieldProblem> {
        guard let text = raw?.trimmed, !text.isEmpty else { return .success(nil) }
        guard let number = NumberField.wholeNumber(text, in: range) else { return .failure(FieldProblem(problem)) }
        return .success(number)
    }
}
