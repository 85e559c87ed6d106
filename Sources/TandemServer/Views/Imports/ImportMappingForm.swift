import Foundation
import TandemCore
import Vapor

/// Which column of an uploaded file holds what, and who may read the comments as
/// they were written: the import page's form. Columns are sent by their index.
struct ImportMappingForm: Content, Sendable {
    var text: String?
    var date: String?
    var service: String?
    var rating: String?
    var question: String?
    var scope: String?

    struct Valid: Sendable {
        let mapping: ImportMapping
        let scope: ConsentScope
    }

    /// - Parameter header: the file's column names; a chosen column must be one of them.
    func validate(header: [String]) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        func column(_ raw: String?, _ field: String) -> Int? {
            guard let raw = raw.nonBlank else { return nil }
            guard let index = Int(raw), header.indices.contains(index) else {
                errors.add(field, "Select a column from the file")
                return nil
            }
            return index
        }
        let textColumn = column(text, "text")
        if text.nonBlank == nil { errors.add("text", "Select the column that holds the comments") }
        let mapping = ImportMapping(
            text: textColumn ?? 0, date: column(date, "date"), service: column(service, "service"),
            rating: column(rating, "rating"), question: column(question, "question"))
        let chosen = [mapping.date, mapping.service, mapping.rating, mapping.question].compactMap { $0 } + [mapping.text]
        if errors.isEmpty && Set(chosen).count != chosen.count {
            errors.add("text", "Each column can be used for one thing only")
        }
        let scope = errors.check(
            FieldRules.choice(scope, as: ConsentScope.self, missing: "Select who may read the comments as they were written"),
            "scope")
        return errors.result { scope.map { Valid(mapping: mapping, scope: $0) } }
    }
}
