import Foundation

/// Results that are costly to work out and change only when coding does:
/// the queue's ranking of uncoded comments, each project's codebook and the
/// theme overview. Each is kept with the state it was worked out from, and
/// worked out again when that state changes.
final class CodingCaches: Sendable {
    struct Ranking: Sendable {
        let modelVersion: Int
        /// Uncoded comments, the one that would teach the model most first.
        let itemIDs: [UUID]
    }

    /// What a theme overview was worked out from: any new or removed coding changes it.
    struct OverviewKey: Hashable, Sendable {
        let projectID: UUID
        let grouping: ThemeOverview.Grouping
        let codings: Int
        let latestCoding: Date?
        /// Settling a disagreement sets codings aside without adding or removing any.
        let latestSettlement: Date?
        let themeNames: [String]
    }

    /// A ranking is trusted for two minutes even when nothing has been coded, so newly gathered comments join the queue.
    let rankings = Cache<UUID, Ranking>(lifetime: 120, capacity: 256)
    /// A codebook read from the database is trusted for three seconds (another Tandem server may change it);
    /// changes made here are seen at once (`ProjectCodebook.save`).
    let codebooks = Cache<UUID, [CodebookEntry]>(lifetime: 3, capacity: 256)
    /// Keyed by the state of the coding, so a new coding is a new key and never a stale answer.
    let overviews = Cache<OverviewKey, ThemeOverview>(lifetime: nil, capacity: 64)

    func ranking(for projectID: UUID, modelVersion: Int) -> Ranking? {
        rankings.value(projectID).flatMap { $0.modelVersion == modelVersion ? $0 : nil }
    }

    func remember(_ overview: ThemeOverview, for key: OverviewKey) {
        // Old states of the same project are never asked for again.
        overviews.invalidate { $0.projectID == key.projectID && $0.grouping == key.grouping }
        overviews.store(overview, for: key)
    }
}
