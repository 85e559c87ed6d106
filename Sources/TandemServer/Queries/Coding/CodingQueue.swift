import Fluent
import Foundation
import SQLKit
import TandemCore

/// Which comment a person codes next.
enum CodingQueue {
    enum Mode: String, Sendable {
        /// Comments nobody has coded yet, those that would teach the model most first.
        case new
        /// Comments someone else has coded and this person has not: a second
        /// coding lets the team see how far they agree.
        case check
    }

    /// How many uncoded comments are weighed against each other at a time:
    /// enough to find ones the model is unsure of, few enough to stay quick
    /// with a hundred thousand comments.
    static let window = 400

    static func next(
        projectID: UUID, coderID: UUID, mode: Mode, skipping: Set<UUID>,
        model: (version: Int, model: ThemeModel)?, caches: CodingCaches? = nil, on db: any Database
    ) async throws -> UUID? {
        switch mode {
        case .new:
            // A recent ranking still stands for the comments in it nobody has coded since.
            if let model, let ranking = caches?.ranking(for: projectID, modelVersion: model.version) {
                let candidates = Array(ranking.itemIDs.lazy.filter { !skipping.contains($0) }.prefix(20))
                if !candidates.isEmpty {
                    let uncoded = Set(
                        try await FeedbackItem.query(on: db).filter(\.$id ~~ candidates).filter(\.$codedAt == nil).all(\.$id))
                    if let first = candidates.first(where: uncoded.contains) { return first }
                }
            }
            let candidates = try await FeedbackItem.query(on: db)
                .filter(\.$project.$id == projectID).filter(\.$codedAt == nil)
                .field(\.$id).field(\.$text).field(\.$question).field(\.$service)
                .limit(window + skipping.count).all()
                .filter { !skipping.contains($0.id!) }
            guard let model else { return candidates.first?.id }
            let ranked = ActiveLearning.rank(candidates.map(ThemeSuggestions.input), with: model.model, limit: 200).map {
                candidates[$0.index].id!
            }
            if skipping.isEmpty {
                caches?.rankings.store(.init(modelVersion: model.version, itemIDs: ranked), for: projectID)
            }
            return ranked.first
        case .check:
            let sql = db as! any SQLDatabase
            let skipped =
                skipping.isEmpty
                ? SQLQueryString("1 = 1")
                : SQLQueryString("r.feedback_item_id NOT IN (\(binds: Array(skipping)))")
            let row = try await sql.raw(
                """
                SELECT r.feedback_item_id AS id FROM item_reviews r
                WHERE r.project_id = \(bind: projectID) AND r.coder_id <> \(bind: coderID) AND \(skipped)
                  AND NOT EXISTS (SELECT 1 FROM item_reviews m WHERE m.feedback_item_id = r.feedback_item_id AND m.coder_id = \(bind: coderID))
                ORDER BY r.coded_at LIMIT 1
                """
            ).first()
            return try row?.decode(column: "id", as: UUID.self)
        }
    }

    struct Counts: Sendable {
        let total: Int
        let coded: Int
        let codedByYou: Int
        let toCheck: Int
    }

    static func counts(projectID: UUID, coderID: UUID, on db: any Database) async throws -> Counts {
        let sql = db as! any SQLDatabase
        async let total = FeedbackItem.query(on: db).filter(\.$project.$id == projectID).count()
        async let coded = FeedbackItem.query(on: db).filter(\.$project.$id == projectID).filter(\.$codedAt != nil).count()
        async let mine = ItemReview.query(on: db).filter(\.$project.$id == projectID).filter(\.$coder.$id == coderID).count()
        let toCheck =
            try await sql.raw(
                """
                SELECT COUNT(DISTINCT r.feedback_item_id) AS n FROM item_reviews r
                WHERE r.project_id = \(bind: projectID) AND r.coder_id <> \(bind: coderID)
                  AND NOT EXISTS (SELECT 1 FROM item_reviews m WHERE m.feedback_item_id = r.feedback_item_id AND m.coder_id = \(bind: coderID))
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return Counts(total: try await total, coded: try await coded, codedByYou: try await mine, toCheck: toCheck)
    }
}
