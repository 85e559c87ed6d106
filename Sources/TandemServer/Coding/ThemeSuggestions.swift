import Fluent
import Foundation
import Synchronization
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
    private struct Entry {
        let version: Int?
        let model: ThemeModel?
        let checkedAt: Date
    }

    /// How long a check of the newest version is trusted. A model trained in
    /// this process is seen at once; one trained by another Tandem server, within this.
    static let recheckAfter: TimeInterval = 3

    private let entries = Mutex<[UUID: Entry]>([:])

    /// The project's newest model, if it has one. Asks the database for the
    /// version at most every few seconds, and loads the model itself only when that has changed.
    func model(for projectID: UUID, on db: any Database, now: Date = Date()) async throws -> (version: Int, model: ThemeModel)? {
        let known = entries.withLock { $0[projectID] }
        if let known, now.timeIntervalSince(known.checkedAt) < Self.recheckAfter {
            guard let version = known.version, let model = known.model else { return nil }
            return (version, model)
        }
        let version = try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID)
            .field(\.$id).field(\.$version).first()?.version
        guard let version else {
            entries.withLock { $0[projectID] = Entry(version: nil, model: nil, checkedAt: now) }
            return nil
        }
        if let known, known.version == version, let model = known.model {
            entries.withLock { $0[projectID] = Entry(version: version, model: model, checkedAt: now) }
            return (version, model)
        }
        guard let stored = try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID).first() else { return nil }
        let model = try ThemeModel.load(stored.data)
        entries.withLock { $0[projectID] = Entry(version: stored.version, model: model, checkedAt: now) }
        return (stored.version, model)
    }

    func remember(_ projectID: UUID, version: Int, model: ThemeModel) {
        entries.withLock { $0[projectID] = Entry(version: version, model: model, checkedAt: Date()) }
    }
}

extension ThemeSuggestions {
    static func make(for item: FeedbackItem, themes: [CodebookEntry], model: (version: Int, model: ThemeModel)?, limit: Int = 5) -> ThemeSuggestions {
        let byLabel = ProjectCodebook.byLabel(themes)
        if let model {
            let analysis = model.model.analyse(input(item))
            let scored = analysis.ranked.prefix(limit).compactMap { score -> Suggestion? in
                guard let theme = byLabel[score.label] else { return nil }
                return Suggestion(themeID: theme.id, name: theme.name, confidence: Double(score.confidence))
            }
            // Only themes the model would give, or close to it: a long list of unlikely ones is noise.
            let shown = scored.filter { $0.confidence >= 0.2 }
            return ThemeSuggestions(themes: shown.isEmpty ? Array(scored.prefix(1)) : shown, sentiment: analysis.sentiment,
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
