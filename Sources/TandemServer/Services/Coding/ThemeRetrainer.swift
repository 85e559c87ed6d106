import Fluent
import Foundation
import TandemCore
import Vapor

/// Retrains a project's theme model on its coded evidence, in the background:
/// saving a coding only asks for a retraining, and never waits for one. One
/// training runs per project at a time; codings saved meanwhile are picked
/// up by one more training when it ends.
actor ThemeRetrainer {
    /// New codings needed before the model is trained again (or a tenth more, when more).
    static let minimumNewExamples = 10

    private var running: [UUID: Task<Void, Never>] = [:]
    private var askedAgain: Set<UUID> = []
    private(set) var trainings = 0

    func codingSaved(projectID: UUID, db: any Database, cache: ThemeModelCache, logger: Logger) {
        guard running[projectID] == nil else { askedAgain.insert(projectID); return }
        running[projectID] = Task.detached(priority: .background) { [weak self] in
            do {
                if try await Self.retrain(projectID: projectID, db: db, cache: cache) { await self?.countTraining() }
            } catch {
                logger.report(error: error)
            }
            await self?.finished(projectID, db: db, cache: cache, logger: logger)
        }
    }

    private func countTraining() { trainings += 1 }

    private func finished(_ projectID: UUID, db: any Database, cache: ThemeModelCache, logger: Logger) {
        running[projectID] = nil
        if askedAgain.remove(projectID) != nil { codingSaved(projectID: projectID, db: db, cache: cache, logger: logger) }
    }

    /// Waits for every training under way (tests, and a clean shutdown).
    func waitForAll() async {
        while let task = running.values.first { await task.value }
    }

    /// Trains and saves a new model when there is enough new coding; says whether it did.
    static func retrain(projectID: UUID, db: any Database, cache: ThemeModelCache) async throws -> Bool {
        let items = try await FeedbackItem.query(on: db).filter(\.$project.$id == projectID).filter(\.$codedAt != nil).all()
        let stored = try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID)
            .field(\.$id).field(\.$version).field(\.$examples).first()
        let needed = max(minimumNewExamples, (stored?.examples ?? 0) / 10)
        guard items.count >= SuggestionSource.minimumCodedComments,
            stored == nil || items.count - stored!.examples >= needed
        else { return false }

        let themes = try await Theme.query(on: db).filter(\.$project.$id == projectID).all()
        let labelOf = Dictionary(
            themes.compactMap { theme in theme.id.map { ($0, theme.label) } }, uniquingKeysWith: { a, _ in a })
        let codings = try await Coding.query(on: db).filter(\.$project.$id == projectID).filter(\.$coder.$id != nil)
            .filter(\.$setAside == false).field(\.$id).field(\.$item.$id).field(\.$theme.$id).all()
        var labelsByItem: [UUID: Set<String>] = [:]
        for coding in codings {
            if let label = labelOf[coding.$theme.id] { labelsByItem[coding.$item.id, default: []].insert(label) }
        }

        // Only themes with enough examples can be learnt.
        var counts: [String: Int] = [:]
        for item in items { for label in labelsByItem[item.id!] ?? [] { counts[label, default: 0] += 1 } }
        let labels = counts.filter { $0.value >= SuggestionSource.minimumExamplesPerTheme }.keys.sorted()
        guard SuggestionSource.choose(codedComments: items.count, themesWithEnoughExamples: labels.count) == .trainedModel
        else { return false }

        let examples = items.map { item in
            let given = labelsByItem[item.id!] ?? []
            return LabelledComment(
                id: item.id!.uuidString, comment: ThemeSuggestions.input(item),
                labels: labels.map { given.contains($0) }, sentiment: item.sentiment)
        }
        var options = ThemeModel.TrainingOptions()
        options.folds = 3
        let model = ThemeModel.train(examples, labels: labels, options: options)
        let data = try model.fileData()
        let version = (stored?.version ?? 0) + 1
        try await db.transaction { db in
            try await StoredThemeModel.query(on: db).filter(\.$project.$id == projectID).delete()
            try await StoredThemeModel(projectID: projectID, version: version, examples: items.count, data: data).create(on: db)
        }
        cache.remember(projectID, version: version, model: model)
        return true
    }
}
