import Foundation
import TandemCore
import Vapor

/// A measure's values, typed or pasted one a line ("2026-09-19, 4.5, new rota"): all are kept, or none.
struct MeasurePointsForm: Content, Sendable {
    var data: String?

    func validate() -> Result<[MeasureDataLines.Entry], FormErrors> {
        var errors = FormErrors()
        let (entries, problems) = MeasureDataLines.parse(data ?? "")
        if let first = problems.first {
            errors.add(
                "data",
                problems.count == 1
                    ? first.message
                    : "\(problems.count) lines need correcting. " + problems.prefix(10).map(\.message).joined(separator: ". "))
        } else if entries.isEmpty {
            errors.add("data", "Enter at least one line with a date and a value")
        }
        return errors.result { entries }
    }
}
