import Fluent
import TandemCore
import Vapor

/// The coordinator's view of the people interested in an opportunity: ranked blind with reasons,
/// the representation check apart, and the selection that tells everyone.
enum OpportunitySelectionController {
    static func ranked(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        let opportunity = try await req.opportunity()
        return try await render(req, opportunity, errors: FormErrors())
    }

    static func select(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        let opportunity = try await req.opportunity()
        let chosen = try req.content.decode(SelectionForm.self).interestIDs
        guard !chosen.isEmpty else {
            return try await render(req, opportunity, errors: .one("selected", "Choose at least one person"), status: .badRequest)
        }
        let (problem, filled) = try await OpportunityBoard.select(
            opportunity, interestIDs: chosen, cache: req.application.services.openOpportunities,
            ranked: req.application.services.rankedInterest, on: req.db)
        if let problem {
            return try await render(req, opportunity, errors: .one("selected", problem), status: .badRequest)
        }
        try await req.flash(
            filled
                ? "Selection saved: the places are filled, and everyone else has been told"
                : "Selection saved and the people selected told. Select more, or close the opportunity to tell everyone else.")
        return req.seeOther(SiteURL.opportunity(.value(opportunity.savedID), .interested))
    }

    /// Closes the opportunity and tells everyone still waiting.
    static func close(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        let opportunity = try await req.opportunity()
        try await OpportunityBoard.close(
            opportunity, cache: req.application.services.openOpportunities, ranked: req.application.services.rankedInterest,
            on: req.db)
        try await req.flash("Closed: everyone still waiting has been told")
        return req.seeOther(SiteURL.opportunity(.value(opportunity.savedID), .interested))
    }

    static func render(
        _ req: Request, _ opportunity: Opportunity, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let (ranked, page) = try await OpportunityBoard.ranked(
            opportunity, today: Date(), page: Pagination.requestedPage(req.query[String.self, at: "page"]),
            cache: req.application.services.rankedInterest, on: req.db)
        let requested = req.query[String.self, at: "shortlist"].flatMap { NumberField.wholeNumber($0, in: 1...500) }
        let model = RankedInterestPage.Model(
            id: opportunity.savedID, title: opportunity.title, places: opportunity.places,
            selected: ranked.filter { $0.interest.status == .selected }.count,
            rows: ranked.map {
                .init(
                    interestID: $0.interest.id, name: $0.interest.person.name, note: $0.interest.note,
                    availability: $0.interest.availability, score: $0.score, reasons: $0.reasons, reaches: $0.reaches,
                    status: $0.interest.status, fromPublicPage: $0.interest.fromPublicPage)
            },
            page: page,
            shortlist: requested ?? max(3, opportunity.places * 2), wantsToReach: opportunity.reachGroups.map(\.label),
            errors: errors)
        return RankedInterestPage.render(model, context: try await PageContext.make(req, section: .opportunities))
            .response(status)
    }
}
