import Fluent
import Foundation
import TandemCore

/// Theme and sentiment suggestions for a piece of evidence: from the project's
/// trained model when it has one, otherwise from the built-in codebook's phrases.
struct ThemeSuggestions: Sendable {
    struct Suggestion: Sendable, Equatable {
        let themeID: UUID
        let name: String
        let confidence: Double
    }

    let themes: [Suggestion]
    let sentiment: SentimentResult
    /// Where they came from, in words, as codings remember it.
    let source: String

    static let codebookSource = "Built-in codebook"

    static func modelSource(version: Int) -> String { "Project model version \(version)" }
}

/// Each project's trained model, loaded once per version and shared by requests.
final class ThemeModelCache: Sendable {
    struct Loaded: Sendable {
        let version: Int
        let model: ThemeModel
    }

    /// The newest version found, or none: trusted for three seconds. A model trained in
    /// this process is seen at once (`remember`); one trained by another Tandem server, within this.
    private let newestVersion = Cache<UUID, Int?>(lifetime: 3, capacity: 1_024)
    private let models = Cache<UUID, Loaded>(lifetime: nil, capacity: 256)

    /// The project's newest model, if it has one. Asks the database for the
    /// version at most every few seconds, and loads the model itself only when that has changed.
    func model(for projectID: UUID, on db: any Database) async throws -> (version: Int, model: ThemeModel)? {
        let version = try await newestVersion.value(for: projectID) {
            try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID).field(\.$id).field(\.$version).first()?
                .version
        }
        guard let version else { return nil }
        if let loaded = models.value(projectID), loaded.version == version { return (version, loaded.model) }
        guard let stored = try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID).first() else {
            return nil
        }
        let loaded = Loaded(version: stored.version, model: try ThemeModel.load(stored.data))
        models.store(loaded, for: projectID)
        return (loaded.version, loaded.model)
    }

    func remember(_ projectID: UUID, version: Int, model: ThemeModel) {
        models.store(Loaded(version: version, model: model), for: projectID)
        newestVersion.store(version, for: projectID)
    }
}

extension ThemeSuggestions {
    static func make(
        for item: FeedbackItem, themes: [CodebookEntry], model: (version: Int, model: ThemeModel)?, limit: Int = 5
    ) -> ThemeSuggestions {
        let byLabel = ProjectCodebook.byLabel(themes)
        if let model {
            let analysis = model.model.analyse(input(item))
            let scored = analysis.ranked.prefix(limit).compactMap { score -> Suggestion? in
                guard let theme = byLabel[score.label] else { return nil }
                return Suggestion(themeID: theme.id, name: theme.name, confidence: Double(score.confidence))
            }
            // Only themes the model would give, or close to it: a long list of unlikely ones is noise.
            let shown = scored.filter { $0.confidence >= 0.2 }
            return ThemeSuggestions(
                themes: shown.isEmpty ? Array(scored.prefix(1)) : shown, sentiment: analysis.sentiment,
                source: modelSource(version: model.version))
        }
        let suggestions = KeywordSuggester().suggest(item.text, limit: limit).compactMap { suggestion -> Suggestion? in
            guard let theme = byLabel[suggestion.themeID] else { return nil }
            return Suggestion(themeID: theme.id, name: theme.name, confidence: Double(suggestion.confidence))
        }
        return ThemeSuggestions(themes: suggestions, sentiment: RuleBasedSentiment.classify(item.text), source: codebookSource)
    }

    /// What the text engine reads: the words, with the question and service as context.
    static func input(_ item: FeedbackItem) -> CommentInput {
        var context: [String: String] = [:]
        if let question = item.question { context["question"] = question }
        if let service = item.service { context["service"] = service }
        return CommentInput(text: item.text, context: context)
    }
}
