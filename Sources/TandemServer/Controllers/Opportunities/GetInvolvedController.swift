import Fluent
import TandemCore
import Vapor

/// The public page of open opportunities, where people who are not yet partners say they are
/// interested: a person record with their contact consent, and their interest.
enum GetInvolvedController {
    static func list(req: Request) async throws -> Response {
        let model = try await OpportunityController.listModel(req, showAll: false, isPublic: true)
        return OpportunityListPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func show(req: Request) async throws -> Response {
        let opportunity = try await find(req)
        return try await render(req, opportunity, form: InterestForm(), errors: FormErrors())
    }

    static func expressInterest(req: Request) async throws -> Response {
        let opportunity = try await find(req)
        guard opportunity.isOpen(today: Date()) else { throw AppError.notFound }
        let form = try req.content.decode(InterestForm.self)
        switch form.validate(isPublic: true) {
        case .failure(let errors):
            return try await render(req, opportunity, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            try await req.db.transaction { db in
                guard let email = valid.email,
                    let personID = try await ContactConsent.record(
                        .address(email.lowercased(), name: valid.name), howGiven: "Get involved page: \(opportunity.title)",
                        on: db)
                else { return }
                _ = try await OpportunityBoard.expressInterest(
                    opportunity, personID: personID, note: valid.note, availability: valid.availability, fromPublicPage: true,
                    ranked: req.application.services.rankedInterest, on: db)
            }
            // The same answer whether or not the address was known, so nobody learns who is a partner.
            try await req.flash("Thank you. The coordinator will read your note and tell you either way by email.")
            return req.seeOther(SiteURL.getInvolvedOpportunity(.value(opportunity.savedID)))
        }
    }

    /// Only open opportunities are public; anything else is 404.
    static func find(_ req: Request) async throws -> Opportunity {
        guard let opportunity = try await Opportunity.find(try req.id(.opportunity), on: req.db), opportunity.status != .draft
        else { throw AppError.notFound }
        return opportunity
    }

    static func render(
        _ req: Request, _ opportunity: Opportunity, form: InterestForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = GetInvolvedPage.Model(
            opportunity: try await OpportunityController.views(
                [opportunity], rateCard: req.application.services.rateCard, on: req.db)[0],
            isOpen: opportunity.isOpen(today: Date()), form: form, errors: errors)
        return GetInvolvedPage.render(model, context: try await PageContext.withForm(req)).response(status)
    }
}
