import Foundation
import TandemCore
import Vapor

/// The team's own words in the report: its summary and background.
struct ReportTextForm: Content, Sendable {
    var summary: String?
    var background: String?

    struct Valid: Sendable {
        let summary: String?
        let background: String?
    }

    init(summary: String? = nil, background: String? = nil) { (self.summary, self.background) = (summary, background) }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let summary = errors.check(FieldRules.optionalText(summary, maximum: 5_000, name: "The summary"), "summary")
        let background = errors.check(FieldRules.optionalText(background, maximum: 10_000, name: "The background"), "background")
        return errors.result {
            guard let summary, let background else { return nil }
            return Valid(summary: summary, background: background)
        }
    }
}
