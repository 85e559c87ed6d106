import Fluent
import TandemCore
import Vapor

/// The ICB view (coordinators, and staff for the practices of their practice, PCN or ICB):
/// every practice grouped by PCN with its PPG; the CSV of the same; adding a PPG.
enum PPGListController {
    static let perPage = 50

    static func list(req: Request) async throws -> Response {
        try req.authorize(.listPPGs)
        let search = try req.query.decode(PPGListPage.Search.self)
        let listed = try await PPGOverview.page(
            scope: try await scope(req), filters: search.filters, page: req.requestedPage, perPage: perPage, on: req.db)
        // The filter's PCNs change rarely: kept a minute (`AppServices.ppgPCNs`).
        let pcns = try await req.application.services.ppgPCNs.value(for: "all") {
            try await Organisation.query(on: req.db).filter(\.$kind == .pcn).filter(\.$archivedAt == nil).sort(\.$name).all()
                .map { PPGListPage.PCN(id: $0.savedID, name: $0.name) }
        }
        let model = PPGListPage.Model(
            search: search, rows: listed.rows, pagination: listed.pagination, withPPG: listed.withPPG,
            practices: listed.pagination.totalItems,
            pcns: pcns,
            mayAdd: req.currentUser.map { AccessPolicy.allows($0.viewer, .managePPGs) } ?? false)
        return PPGListPage.render(model, context: try await PageContext.make(req, section: .ppgs)).response()
    }

    static func export(req: Request) async throws -> Response {
        try req.authorize(.listPPGs)
        let search = try req.query.decode(PPGListPage.Search.self)
        let rows = try await PPGOverview.page(scope: try await scope(req), filters: search.filters, perPage: nil, on: req.db).rows
        return Response.download(PPGOverview.csv(rows), type: Response.csv, fileName: "ppgs.csv")
    }

    /// The practices a viewer may list: all for coordinators, their own practice's, PCN's or ICB's for staff.
    static func scope(_ req: Request) async throws -> [UUID]? {
        let user = try req.requireUser()
        guard user.role == .staff else { return nil }
        guard let organisationID = user.organisationID else { return [] }
        return try await PPGRegistry.practices(under: organisationID, on: req.db)
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        return try await renderForm(req, form: PPGForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let form = try req.content.decode(PPGForm.self)
        switch form.validate(adding: true) {
        case .failure(let errors):
            return try await renderForm(req, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            var errors = FormErrors()
            var practice: Organisation?
            if let id = valid.practiceID { practice = try await Organisation.find(id, on: req.db) }
            if practice?.kind != .gpPractice { errors.add("practice", "Choose a GP practice") }
            if let practiceID = valid.practiceID,
                try await PPG.query(on: req.db).filter(\.$practice.$id == practiceID).count() > 0
            {
                errors.add("practice", "This practice already has a PPG; each practice has one")
            }
            let lead = try await leadID(valid.leadEmail, errors: &errors, on: req.db)
            guard errors.isEmpty, let practiceID = valid.practiceID else {
                return try await renderForm(req, form: form, errors: errors, status: .badRequest)
            }
            let ppg = PPG(
                practiceID: practiceID, name: valid.name, meetingFormat: valid.format, meetingFrequency: valid.frequency,
                startedOn: valid.startedOn, howToJoin: valid.howToJoin, status: .active, leadID: lead)
            try await PPGRegistry.create(ppg, by: req.currentUser?.personID, on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("PPG added. Add its members next.")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID())))
        }
    }

    /// The practice lead named by email: they must be in Tandem.
    static func leadID(_ email: String?, errors: inout FormErrors, on db: any Database) async throws -> UUID? {
        guard let email else { return nil }
        let found = try await PeopleByEmail.find([email], on: db)
        if !found.unknown.isEmpty { errors.add("lead", PeopleByEmail.problem(found.unknown)) }
        return found.people.first
    }

    private static func renderForm(
        _ req: Request, form: PPGForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws
        -> Response
    {
        let taken = try await PPG.query(on: req.db).all().map(\.$practice.id)
        let practices = try await Organisation.query(on: req.db).filter(\.$kind == .gpPractice).filter(\.$archivedAt == nil)
            .sort(\.$name).all().filter { !taken.contains($0.savedID) }
        let model = PPGFormPage.Model(
            id: nil, name: nil, practices: practices.map { (id: $0.savedID, name: $0.name) }, form: form, errors: errors)
        return PPGFormPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
