import Foundation
import TandemCore
import Vapor

/// A comment's coding, as chosen on the coding page: its themes (suggested or
/// from the codebook, or one new), its sentiment and whether it may be quoted.
/// `mode` and `skip` carry the queue's place to the next comment.
struct CodingForm: Content, Sendable {
    /// Suggested themes that were accepted.
    var themes: [String]?
    /// Other themes from the codebook.
    var more: [String]?
    var sentiment: String?
    var quotable: [String]?
    var newTheme: String?
    var mode: String?
    var skip: String?

    struct Valid: Sendable {
        /// Themes chosen by id; checked against the codebook when saved.
        let themeIDs: Set<UUID>
        /// A theme to add to the codebook (or find there, ignoring case).
        let newTheme: String?
        let sentiment: SentimentClass
        let quotable: Bool
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let chosen = Set(((themes ?? []) + (more ?? [])).compactMap(UUID.init(uuidString:)))
        let sentiment = errors.check(
            FieldRules.choice(
                sentiment, as: SentimentClass.self,
                missing: "Choose whether the comment is positive, neutral or mixed, or negative"),
            "sentiment")
        let typedTheme = newTheme.nonBlank
        let theme = typedTheme == nil ? nil : errors.check(ThemeName.check(typedTheme), "newTheme")
        if chosen.isEmpty && typedTheme == nil { errors.add("themes", "Choose at least one theme, or add a new one") }
        return errors.result {
            sentiment.map {
                Valid(themeIDs: chosen, newTheme: theme, sentiment: $0, quotable: quotable?.contains("yes") ?? false)
            }
        }
    }
}
