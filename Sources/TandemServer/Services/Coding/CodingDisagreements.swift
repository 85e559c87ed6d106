import Fluent
import Foundation
import TandemCore

/// Comments that two or more people coded differently, and settling them: the team
/// agrees the comment's final coding from what the coders gave. The codings each
/// person made stay as they were (measuring agreement needs them); themes left out
/// are set aside, so the themes overview, the evidence library and findings count
/// only the agreed coding.
enum CodingDisagreements {
    typealias Comparison = CodingComparison<UUID, UUID>

    struct Open: Sendable {
        let itemID: UUID
        let comparison: Comparison
    }

    /// Comments coded by two or more people who differ, not yet settled, oldest coding first.
    static func open(projectID: UUID, on db: any Database) async throws -> [Open] {
        let reviews = try await ItemReview.query(on: db).filter(\.$project.$id == projectID).sort(\.$codedAt).all()
        var byItem: [UUID: [ItemReview]] = [:]
        var order: [UUID] = []
        for review in reviews {
            if byItem[review.$item.id] == nil { order.append(review.$item.id) }
            byItem[review.$item.id, default: []].append(review)
        }
        let shared = Set(byItem.filter { $0.value.count >= 2 }.keys)
        guard !shared.isEmpty else { return [] }
        let settled = Set(
            try await CodingSettlement.query(on: db).filter(\.$project.$id == projectID).all(\.$item.$id))
        let candidates = shared.subtracting(settled)
        let comparisons = try await compare(Array(candidates), reviews: byItem, on: db)
        return order.compactMap { itemID in
            guard let comparison = comparisons[itemID], comparison.disagrees else { return nil }
            return Open(itemID: itemID, comparison: comparison)
        }
    }

    /// Each coder's own themes and sentiment for one comment, in the order they coded it.
    static func comparison(of itemID: UUID, on db: any Database) async throws -> Comparison {
        let reviews = try await ItemReview.query(on: db).filter(\.$item.$id == itemID).sort(\.$codedAt).all()
        return try await compare([itemID], reviews: [itemID: reviews], on: db)[itemID] ?? Comparison([])
    }

    private static func compare(
        _ itemIDs: [UUID], reviews: [UUID: [ItemReview]], on db: any Database
    ) async throws -> [UUID: Comparison] {
        var themes: [UUID: [UUID: Set<UUID>]] = [:]
        // In slices, so a project with many shared comments stays within the databases' limits on bound values.
        for slice in stride(from: 0, to: itemIDs.count, by: 500).map({ Array(itemIDs[$0..<min($0 + 500, itemIDs.count)]) }) {
            let codings = try await Coding.query(on: db).filter(\.$item.$id ~~ slice).filter(\.$coder.$id != nil)
                .field(\.$id).field(\.$item.$id).field(\.$theme.$id).field(\.$coder.$id).all()
            for coding in codings {
                themes[coding.$item.id, default: [:]][coding.$coder.id!, default: []].insert(coding.$theme.id)
            }
        }
        var result: [UUID: Comparison] = [:]
        for itemID in itemIDs {
            let given = themes[itemID] ?? [:]
            result[itemID] = Comparison(
                (reviews[itemID] ?? []).map {
                    .init(coder: $0.$coder.id, themes: given[$0.$coder.id] ?? [], sentiment: $0.sentiment)
                })
        }
        return result
    }

    enum SettleError: Error, Equatable {
        case notShared
        case problem(String)
    }

    /// Records the agreed coding: the chosen themes stand, the others are set aside, the
    /// comment takes the agreed sentiment, and the decision goes in the audit log.
    static func settle(
        _ item: FeedbackItem, themes chosen: Set<UUID>, sentiment: SentimentClass, note: String?, by actor: AuditActor,
        on db: any Database
    ) async throws {
        let itemID = try item.requireID()
        let comparison = try await comparison(of: itemID, on: db)
        guard comparison.codings.count >= 2 else { throw SettleError.notShared }
        if let problem = comparison.problem(settlingOn: chosen) { throw SettleError.problem(problem) }
        try await db.transaction { db in
            let codings = try await Coding.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id != nil).all()
            for coding in codings where coding.setAside == chosen.contains(coding.$theme.id) {
                coding.setAside = !chosen.contains(coding.$theme.id)
                try await coding.save(on: db)
            }
            try await CodingSettlement.query(on: db).filter(\.$item.$id == itemID).delete()
            let settlement = CodingSettlement(
                projectID: item.$project.id, itemID: itemID, settledByID: actor.personID, note: note)
            try await settlement.create(on: db)
            item.sentiment = sentiment
            try await item.save(on: db)
            try await Audit.record(
                .updated, .codingDecision, id: itemID, label: "Agreed coding of a comment",
                fields: ["themes", "sentiment"] + (note == nil ? [] : ["note"]), by: actor, on: db)
        }
    }
}
