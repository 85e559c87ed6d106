import Fluent
import TandemCore
import Vapor

/// Involvement opportunities for signed-in people: browsing with filters, posting (coordinators),
/// one opportunity with the interest form, and suggestions for the person.
enum OpportunityController {
    static let perPage = 20

    static func list(req: Request) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let model = try await listModel(req, showAll: viewer.can(.manageOpportunities), isPublic: false)
        return OpportunityListPage.render(model, context: try await PageContext.make(req, section: .opportunities)).response()
    }

    /// A page of opportunities: open ones (or, for coordinators, every one), filtered as asked.
    static func listModel(_ req: Request, showAll: Bool, isPublic: Bool) async throws -> OpportunityListPage.Model {
        let filters = OpportunityListPage.Filters(
            kind: req.query[String.self, at: "kind"].flatMap { OpportunityKind(rawValue: $0)?.rawValue },
            setting: req.query[String.self, at: "setting"].flatMap { OpportunitySetting(rawValue: $0)?.rawValue },
            paid: req.query[String.self, at: "paid"].flatMap { ["yes", "no"].contains($0) ? $0 : nil },
            reach: req.query[String.self, at: "reach"].flatMap { ReachGroup(rawValue: $0)?.rawValue })
        func query() -> QueryBuilder<Opportunity> {
            let query = Opportunity.query(on: req.db)
            if !showAll {
                query.filter(\.$status == .open).filter(\.$closesOn >= Calendar.utc.startOfDay(for: Date()))
            }
            if let kind = filters.kind.flatMap(OpportunityKind.init(rawValue:)) { query.filter(\.$kind == kind) }
            if let setting = filters.setting.flatMap(OpportunitySetting.init(rawValue:)) {
                query.filter(\.$setting ~~ [setting, .either])
            }
            if let paid = filters.paid { query.filter(\.$paid == (paid == "yes")) }
            return query
        }
        var rows: [Opportunity]
        let page: Pagination
        if let reach = filters.reach {
            // Few opportunities at a time name a group; filtered after reading, as the list column differs by database.
            let all = try await query().sort(\.$status, .descending).sort(\.$closesOn).all()
                .filter { $0.wantsToReach.contains(reach) }
            page = Pagination(
                page: Pagination.requestedPage(req.query[String.self, at: "page"]), perPage: perPage, totalItems: all.count)
            rows = Array(all.dropFirst(page.offset).prefix(perPage))
        } else {
            page = Pagination(
                page: Pagination.requestedPage(req.query[String.self, at: "page"]), perPage: perPage,
                totalItems: try await query().count())
            // Open first (then drafts, then closed), each soonest closing first.
            rows = try await query().sort(\.$status, .descending).sort(\.$closesOn).range(page.offset..<(page.offset + perPage))
                .all()
        }
        let views = try await views(rows, rateCard: req.application.services.rateCard, on: req.db)
        return .init(
            rows: views, page: page, filters: filters, mayPost: !isPublic && showAll, isPublic: isPublic)
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        return try await renderForm(req, form: OpportunityForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageOpportunities)
        let form = try req.content.decode(OpportunityForm.self)
        let organisations = Set(try await Organisation.query(on: req.db).all(\.$id))
        switch form.validate(organisations: organisations, today: Date()) {
        case .failure(let errors):
            return try await renderForm(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let opportunity = Opportunity(
                title: valid.title, summary: valid.summary, kind: valid.kind, commitment: valid.commitment, hours: valid.hours,
                places: valid.places, closesOn: valid.closes, contactName: valid.contactName,
                contactEmail: valid.contactEmail)
            opportunity.category = valid.category
            opportunity.rung = valid.rung
            opportunity.$organisation.id = valid.organisationID
            opportunity.regular = valid.regular
            opportunity.startsOn = valid.starts
            opportunity.endsOn = valid.ends
            opportunity.setting = valid.setting
            opportunity.accessInformation = valid.accessInformation
            opportunity.accessOffered = valid.accessOffered
            opportunity.paid = valid.paid
            opportunity.level = valid.level
            opportunity.experience = valid.experience
            opportunity.skills = valid.skills
            opportunity.wantsToReach = valid.reach
            opportunity.status = valid.status
            opportunity.$createdBy.id = try req.requireUser().personID
            try await OpportunityBoard.post(opportunity, cache: req.application.services.openOpportunities, on: req.db)
            try await req.flash(
                valid.status == .open ? "Opportunity posted: partners and the public page can see it" : "Draft saved")
            return req.seeOther(SiteURL.opportunity(.value(opportunity.savedID)))
        }
    }

    static func show(req: Request) async throws -> Response {
        let opportunity = try await req.opportunity()
        return try await render(req, opportunity, form: InterestForm(), errors: FormErrors())
    }

    static func expressInterest(req: Request) async throws -> Response {
        let opportunity = try await req.opportunity()
        let user = try req.requireUser()
        guard opportunity.isOpen(today: Date()) else { throw AppError.notFound }
        let form = try req.content.decode(InterestForm.self)
        switch form.validate(isPublic: false) {
        case .failure(let errors):
            return try await render(req, opportunity, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let added = try await OpportunityBoard.expressInterest(
                opportunity, personID: user.personID, note: valid.note, availability: valid.availability, fromPublicPage: false,
                ranked: req.application.services.rankedInterest, on: req.db)
            try await req.flash(
                added ? "Thank you: the coordinator will tell you either way" : "You had already said you are interested")
            return req.seeOther(SiteURL.opportunity(.value(opportunity.savedID)))
        }
    }

    static func suggestions(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let interests = try await PersonInterestsQuery.rows(user.personID, on: req.db)
        let suggested = try await OpportunityBoard.suggestions(
            for: user.personID, already: Set(interests.map(\.opportunityID)), today: Date(), limit: 10,
            cache: req.application.services.openOpportunities, on: req.db)
        let views = try await views(suggested.map(\.opportunity), rateCard: req.application.services.rateCard, on: req.db)
        let model = SuggestionsPage.Model(
            interests: interests.prefix(50).map { ($0.opportunityID, $0.title, $0.status) },
            suggestions: zip(views, suggested).map { ($0, $1.reasons) })
        return SuggestionsPage.render(model, context: try await PageContext.make(req, section: .opportunities)).response()
    }

    // MARK: - Page models

    static func views(
        _ opportunities: [Opportunity], rateCard: Cache<String, RateCards.Current>, on db: any Database
    ) async throws -> [OpportunityView] {
        let organisations = try await ProgrammeController.names(
            of: Set(opportunities.compactMap(\.$organisation.id)), on: db)
        let card = try await RateCards.shown(cache: rateCard, on: db).card
        return opportunities.map { item in
            let rate = item.paid ? card.rate(item.level, on: item.startsOn ?? Date()).map { "\($0.hourly.text) an hour" } : nil
            return OpportunityView(
                id: item.savedID, title: item.title, summary: item.summary, category: item.category, rung: item.rung,
                kind: item.kind, organisation: item.$organisation.id.flatMap { organisations[$0] },
                commitment: item.timeCommitment, hours: item.hours, regular: item.regular, starts: item.startsOn,
                ends: item.endsOn, setting: item.setting, accessInformation: item.accessInformation,
                accessOffered: item.accessOffered.compactMap { AccessNeed(rawValue: $0)?.label }, paid: item.paid, rate: rate,
                experience: item.experience, skills: item.skills, reach: item.reachGroups.map(\.label), places: item.places,
                closes: item.closesOn, contactName: item.contactName, contactEmail: item.contactEmail, status: item.status)
        }
    }

    static func render(
        _ req: Request, _ opportunity: Opportunity, form: InterestForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let user = try req.requireUser()
        let mine = try await OpportunityInterest.query(on: req.db).filter(\.$opportunity.$id == opportunity.savedID)
            .filter(\.$person.$id == user.personID).first()
        let model = OpportunityPage.Model(
            opportunity: try await views([opportunity], rateCard: req.application.services.rateCard, on: req.db)[0],
            isOpen: opportunity.isOpen(today: Date()),
            myInterest: mine?.status,
            interested: try await OpportunityInterest.query(on: req.db).filter(\.$opportunity.$id == opportunity.savedID).count(),
            mayManage: user.viewer.can(.manageOpportunities), form: form, errors: errors)
        return OpportunityPage.render(model, context: try await PageContext.make(req, section: .opportunities))
            .response(status)
    }

    static func renderForm(
        _ req: Request, form: OpportunityForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let organisations = try await Organisation.query(on: req.db).sort(\.$name).all()
        let model = OpportunityFormPage.Model(
            organisations: organisations.map { .init(value: $0.savedID.lowercasedString, label: $0.name) }, form: form,
            errors: errors)
        return OpportunityFormPage.render(model, context: try await PageContext.make(req, section: .opportunities))
            .response(status)
    }
}
