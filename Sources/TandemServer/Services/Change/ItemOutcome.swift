import Fluent
import Foundation
import TandemCore

/// What became of one piece of evidence: the themes it was given, the
/// findings it supports and the recommendations those led to.
struct ItemOutcome: Sendable {
    struct FindingLink: Sendable {
        let id: UUID
        let statement: String
        let asQuote: Bool
    }

    struct RecommendationLink: Sendable {
        let id: UUID
        let text: String
        let status: RecommendationStatus
    }

    let themes: [String]
    let sentiment: SentimentClass?
    let quotable: Bool
    let coders: Int
    let findings: [FindingLink]
    let recommendations: [RecommendationLink]

    static func load(_ item: FeedbackItem, on db: any Database) async throws -> ItemOutcome {
        let itemID = try item.requireID()
        let codings = try await Coding.query(on: db).filter(\.$item.$id == itemID).filter(\.$coder.$id != nil)
            .filter(\.$setAside == false).with(\.$theme)
            .all()
        let coders = try await ItemReview.query(on: db).filter(\.$item.$id == itemID).count()
        let links = try await FindingEvidence.query(on: db).filter(\.$item.$id == itemID).with(\.$finding).all()
        let findingIDs = links.map(\.$finding.id)
        let recommendationIDs = try await RecommendationFinding.query(on: db).filter(\.$finding.$id ~~ findingIDs).all(
            \.$recommendation.$id)
        let recommendations = try await Recommendation.query(on: db).filter(\.$id ~~ Set(recommendationIDs)).sort(\.$createdAt)
            .all()
        return ItemOutcome(
            themes: Set(codings.map(\.theme.name)).sorted(), sentiment: item.sentiment, quotable: item.quotable, coders: coders,
            findings: links.map { FindingLink(id: $0.$finding.id, statement: $0.finding.statement, asQuote: $0.isQuote) },
            recommendations: recommendations.map { RecommendationLink(id: $0.id!, text: $0.text, status: $0.status) })
    }
}
