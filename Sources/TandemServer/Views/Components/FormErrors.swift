import Foundation
import TandemCore

/// What was wrong with a submitted form: a message per field, in the order
/// the fields appear, for the error summary and the field messages.
struct FormErrors: Error, Sendable, Equatable {
    struct Item: Sendable, Equatable {
        /// The id of the field's input, which the summary links to.
        let field: String
        let message: String
    }

    private(set) var items: [Item] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        items.append(Item(field: field, message: message))
    }

    /// The same problems under other field names, for a form shown more than once on a page
    /// (each copy's fields carry a prefix or suffix so their ids stay unique).
    func renamed(_ name: (String) -> String) -> FormErrors {
        var renamed = FormErrors()
        for item in items { renamed.add(name(item.field), item.message) }
        return renamed
    }

    /// A single problem, for a rule checked after the form's own.
    static func one(_ field: String, _ message: String) -> FormErrors {
        var errors = FormErrors()
        errors.add(field, message)
        return errors
    }

    subscript(field: String) -> String? {
        items.first { $0.field == field }?.message
    }
}

extension FormErrors {
    /// The value a `FieldRules` rule accepted, or nil with its problem added for `field`.
    mutating func check<Value>(_ result: Result<Value, FieldProblem>, _ field: String) -> Value? {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            add(field, problem.message)
            return nil
        }
    }

    /// The form's valid value, or these errors: the end of every form's `validate`.
    func result<Valid>(_ valid: () -> Valid?) -> Result<Valid, FormErrors> {
        guard isEmpty, let value = valid() else { return .failure(self) }
        return .success(value)
    }

    /// Adds the field's problem when its text is longer than `maximum` (see `TextLimit`).
    mutating func limit(_ text: String?, _ field: String, maximum: Int, name: String) {
        if let problem = TextLimit.check(text, maximum: maximum, name: name) { add(field, problem.message) }
    }
}

extension FormErrors {
    /// Adds another form's problems, for a form made of parts (a survey's questions about the person).
    mutating func merge(_ other: FormErrors) {
        for item in other.items { add(item.field, item.message) }
    }
}

extension FormErrors {
    /// The start and end of something on `day`, typed as UK clock times in the fields `starts` and
    /// `ends` ("10:00", "2:30pm"); each problem is added under its field, and an end not after the start too.
    mutating func checkTimes(on day: Date, starts: String?, ends: String?) -> (Date?, Date?) {
        let parts = CalendarDate.parts(of: day)
        func at(_ raw: String?, _ field: String, _ name: String) -> Date? {
            guard let time = UKTime.clockTime(raw ?? "") else {
                add(field, "Enter the \(name) time, like 10:00 or 2:30pm")
                return nil
            }
            switch UKTime.instant(
                year: Int(parts.year)!, month: Int(parts.month)!, day: Int(parts.day)!, hour: time.hour, minute: time.minute)
            {
            case .success(let instant): return instant
            case .failure(let problem):
                add(field, problem.message)
                return nil
            }
        }
        let startsAt = at(starts, "starts", "start"), endsAt = at(ends, "ends", "end")
        if let startsAt, let endsAt, endsAt <= startsAt { add("ends", EventRuleError.endBeforeStart.message) }
        return (startsAt, endsAt)
    }
}
