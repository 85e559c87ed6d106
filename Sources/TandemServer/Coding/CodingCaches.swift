import Foundation
import Synchronization

/// Results that are costly to work out and change only when coding does:
/// the queue's ranking of uncoded comments, and the theme overview. Each is
/// kept with the state it was worked out from, and worked out again when
/// that state changes. Held in this process: another Tandem server keeps its own.
final class CodingCaches: Sendable {
    struct Ranking: Sendable {
        let modelVersion: Int
        /// Uncoded comments, the one that would teach the model most first.
        let itemIDs: [UUID]
        let madeAt: Date
    }

    /// What a theme overview was worked out from: any new or removed coding changes it.
    struct OverviewKey: Hashable, Sendable {
        let projectID: UUID
        let grouping: ThemeOverview.Grouping
        let codings: Int
        let latestCoding: Date?
        let themeNames: [String]
    }

    /// A ranking is trusted for this long even when nothing has been coded,
    /// so newly gathered comments join the queue.
    static let rankingLifetime: TimeInterval = 120
    static let overviewLimit = 64

    /// How long a codebook read from the database is trusted (another Tandem server may change it).
    static let codebookLifetime: TimeInterval = 3

    private let rankings = Mutex<[UUID: Ranking]>([:])
    private let codebooks = Mutex<[UUID: (entries: [CodebookEntry], readAt: Date)]>([:])

    func codebook(for projectID: UUID, now: Date = Date()) -> [CodebookEntry]? {
        codebooks.withLock { all in
            guard let cached = all[projectID], now.timeIntervalSince(cached.readAt) < Self.codebookLifetime else { return nil }
            return cached.entries
        }
    }

    func remember(codebook entries: [CodebookEntry], for projectID: UUID) {
        codebooks.withLock { $0[projectID] = (entries, Date()) }
    }

    func forgetCodebook(of projectID: UUID) {
        codebooks.withLock { $0[projectID] = nil }
    }
    /// The overview with its page content, rendered once: the same for every viewer of the project.
    struct RenderedOverview: Sendable {
        let overview: ThemeOverview
        let html: String
    }

    private let overviews = Mutex<[OverviewKey: RenderedOverview]>([:])

    func ranking(for projectID: UUID, modelVersion: Int, now: Date = Date()) -> Ranking? {
        rankings.withLock { all in
            guard let ranking = all[projectID], ranking.modelVersion == modelVersion,
                  now.timeIntervalSince(ranking.madeAt) < Self.rankingLifetime else { return nil }
            return ranking
        }
    }

    func remember(_ ranking: Ranking, for projectID: UUID) {
        rankings.withLock { $0[projectID] = ranking }
    }

    func overview(_ key: OverviewKey) -> RenderedOverview? {
        overviews.withLock { $0[key] }
    }

    func remember(_ overview: RenderedOverview, for key: OverviewKey) {
        overviews.withLock { all in
            // Old states of the same project are never asked for again.
            all = all.filter { $0.key.projectID != key.projectID || $0.key.grouping != key.grouping }
            if all.count >= Self.overviewLimit { all.removeAll() }
            all[key] = overview
        }
    }
}
