import Fluent
import Foundation
import TandemCore

/// A panel's year: the reviews it held, its influence (the share of its points acted on), the
/// projects that changed their plans, involvement before and after, how useful the leads found
/// it, and the time its members gave.
enum PanelReports {
    struct Year: Sendable {
        let year: Int
        let submitted: Int
        let byStatus: [(status: ReviewStatus, count: Int)]
        let held: Int
        let influence: PanelInfluence
        let changedPlans: (yes: Int, answered: Int)
        let usefulness: RatingSummary
        let moves: [(title: String, before: InvolvementLevel?, after: InvolvementLevel?, move: InvolvementLadder.Move)]
        let journeys: [(id: UUID, title: String, status: ReviewStatus, agreedAt: Date?, followUps: [Int])]
        let memberHours: Double
        let members: Int
    }

    static func year(_ year: Int, panel: ReviewPanel, on db: any Database) async throws -> Year {
        let start = Calendar.utc.date(from: DateComponents(year: year, month: 1, day: 1))!
        let end = Calendar.utc.date(from: DateComponents(year: year + 1, month: 1, day: 1))!
        let reviews = try await PanelReview.query(on: db).filter(\.$panel.$id == panel.requireID())
            .filter(\.$submittedAt >= start).filter(\.$submittedAt < end).sort(\.$submittedAt).all()
        let held = reviews.filter { $0.agreedAt != nil }
        let ids = held.map(\.savedID)
        let points = ids.isEmpty ? [] : try await ReviewPoint.query(on: db).filter(\.$review.$id ~~ ids).all()
        let followUps =
            reviews.isEmpty
            ? [] : try await ReviewFollowUp.query(on: db).filter(\.$review.$id ~~ reviews.map(\.savedID)).all()
        let byReview = Dictionary(grouping: followUps, by: \.$review.id)
        let meetings = try await PanelMeeting.query(on: db).filter(\.$panel.$id == panel.requireID()).all().map(\.$event.id)
        let time =
            meetings.isEmpty
            ? []
            : try await TimeRecord.query(on: db).filter(\.$event.$id ~~ meetings).filter(\.$kind == .panelReview)
                .filter(\.$day >= start).filter(\.$day < end).all()
        let answered = held.compactMap(\.changedPlans)
        return Year(
            year: year, submitted: reviews.count,
            byStatus: ReviewStatus.allCases.map { status in (status, reviews.filter { $0.status == status }.count) }
                .filter { $0.1 > 0 },
            held: held.count, influence: PanelInfluence(responses: points.map(\.response)),
            changedPlans: (answered.filter { $0 }.count, answered.count),
            usefulness: RatingSummary(held.compactMap(\.usefulness)),
            moves: held.filter { $0.$project.id != nil }.map { review in
                let after = (byReview[review.savedID] ?? []).max { $0.months < $1.months }?.levelAfter
                return (review.title, review.levelBefore, after, InvolvementLadder.move(from: review.levelBefore, to: after))
            },
            journeys: reviews.map { review in
                (
                    review.savedID, review.title, review.status, review.agreedAt,
                    (byReview[review.savedID] ?? []).map(\.months).sorted()
                )
            },
            memberHours: time.reduce(0) { $0 + $1.hours + $1.preparationHours }, members: Set(time.map(\.$person.id)).count)
    }
}
