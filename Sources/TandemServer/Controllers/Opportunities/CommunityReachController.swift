import Fluent
import TandemCore
import Vapor

/// The community's reach, for coordinators: its make-up against a chosen reference population and
/// how involvement is spread across groups and people.
enum CommunityReachController {
    static func show(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        let reference = req.query[String.self, at: "reference"].flatMap(CommunityReach.Reference.init(rawValue:)) ?? .census
        let report = try await CommunityReach.report(reference: reference, today: Date(), on: req.db)
        return CommunityReachPage.render(report, context: try await PageContext.make(req, section: .opportunities)).response()
    }
}
