import Foundation
import TandemCore
import Vapor

/// A new finding, as typed on the findings page: what the evidence shows, and the themes it is about.
struct FindingForm: Content, Sendable {
    var statement: String?
    var themes: [String]?

    struct Valid: Sendable {
        let statement: String
        let themeIDs: Set<UUID>
    }

    /// - Parameter codebook: the ids of the project's themes; others are ignored.
    func validate(codebook: Set<UUID>) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let statement = errors.check(
            FieldRules.requiredText(
                statement, maximum: 1_000, missing: "Write what the evidence shows, in a sentence or two",
                name: "A finding"), "statement")
        let chosen = Set((themes ?? []).compactMap(UUID.init(uuidString:))).intersection(codebook)
        if chosen.isEmpty { errors.add("themes", "Choose at least one theme the finding is about") }
        return errors.result { statement.map { Valid(statement: $0, themeIDs: chosen) } }
    }
}
