import Foundation
import TandemCore
import Vapor

/// A codebook theme, as typed: added on the codebook page, or reworded there.
struct ThemeForm: Content, Sendable {
    var name: String?
    var details: String?
    var parent: String?

    struct Valid: Sendable {
        let name: String
        let details: String
        let parentID: UUID?
    }

    static let detailsMaximum = 500

    /// Checks against the codebook's other themes: names are unique ignoring case;
    /// a parent must be one of them.
    func validate(codebook themes: [Theme], editing: UUID?) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let name = errors.check(ThemeName.check(name), "name")
        if let name, ThemeName.isTaken(name, by: themes.filter { $0.id != editing }.map(\.name)) {
            errors.add("name", "The codebook already has a theme called \u{201C}\(name)\u{201D}")
        }
        let details = errors.check(
            FieldRules.optionalText(details, maximum: Self.detailsMaximum, name: "The description"), "details")
        let parentID = parent.flatMap(UUID.init(uuidString:)).flatMap { id in themes.first { $0.id == id && id != editing }?.id }
        return errors.result {
            guard let name, let details else { return nil }
            return Valid(name: name, details: details ?? "", parentID: parentID)
        }
    }
}
