import Fluent
import Foundation
import TandemCore

/// The sustainability review: when an implemented change's review falls due
/// (months after implementation; see `AppConfig.reviewMonths`), its owner is
/// asked, once, whether it has held. Their answer on the recommendation's
/// page moves it to sustained or slipped.
enum SustainabilityReview {
    /// Asks every owner whose review is due; returns how many were asked.
    @discardableResult
    static func askOwners(today: Date, on db: any Database) async throws -> Int {
        let due = try await Recommendation.query(on: db)
            .filter(\.$status == RecommendationStatus.implemented)
            .filter(\.$reviewDueOn <= today).filter(\.$reviewRequestedAt == nil)
            .with(\.$project).all()
        var asked = 0
        for recommendation in due {
            let wasAsked = try await db.transaction { db -> Bool in
                recommendation.reviewRequestedAt = Date()
                try await recommendation.save(on: db)
                guard let ownerID = recommendation.$owner.id, let owner = try await Person.find(ownerID, on: db) else {
                    return false
                }
                let subject = "Has the change held? \(recommendation.project.title)"
                let link = SiteURL.recommendation(.value(try recommendation.requireID())).path
                let body = """
                    Dear \(owner.displayName),

                    The change below was made on \(recommendation.implementedOn.map(CalendarDate.long) ?? "an earlier date"). It is time to check whether it has held:

                    \(recommendation.text)

                    Please open the recommendation and say whether it has held, and how you know: \(link)
                    """
                try await PersonMessage.send(to: owner, subject: subject, body: body, link: link, on: db)
                return true
            }
            if wasAsked { asked += 1 }
        }
        return asked
    }
}
