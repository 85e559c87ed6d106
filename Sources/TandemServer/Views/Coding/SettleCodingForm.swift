import Foundation
import TandemCore
import Vapor

/// The agreed coding of a comment two people coded differently: the themes that
/// stand (from those the coders gave), the sentiment, and why, if the team wants to say.
struct SettleCodingForm: Content, Sendable {
    var themes: [String]?
    var sentiment: String?
    var note: String?

    struct Valid: Sendable {
        let themeIDs: Set<UUID>
        let sentiment: SentimentClass
        let note: String?
    }

    /// Pre-filled from the comparison: the themes everyone gave, and the sentiment if they agree.
    init(agreedThemes: Set<UUID>, sentiment: SentimentClass?) {
        themes = agreedThemes.map(\.lowercasedString).sorted()
        self.sentiment = sentiment?.rawValue
        note = nil
    }

    func validate(against comparison: CodingComparison<UUID, UUID>) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let chosen = Set((themes ?? []).compactMap(UUID.init(uuidString:)))
        if let problem = comparison.problem(settlingOn: chosen) { errors.add("themes", problem) }
        let sentiment = errors.check(
            FieldRules.choice(
                sentiment, as: SentimentClass.self,
                missing: "Choose whether the comment is positive, neutral or mixed, or negative"),
            "sentiment")
        let note = errors.check(FieldRules.optionalText(note, maximum: 1_000, name: "Why"), "note")
        return errors.result { sentiment.map { Valid(themeIDs: chosen, sentiment: $0, note: note ?? nil) } }
    }
}
