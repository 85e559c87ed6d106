import Fluent
import TandemCore
import Vapor

/// Bringing a project to a panel: signed in as staff (one of their projects, or a short
/// description), or on the public form when the panel allows it. The chairs are told.
enum SubmissionController {
    static func new(req: Request) async throws -> Response {
        let (panel, _) = try await req.panel(Permission.submitToPanel)
        return try await renderForm(req, panel, form: SubmissionForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (panel, ref) = try await req.panel(Permission.submitToPanel)
        let viewer = try req.requireUser().viewer
        let form = try req.content.decode(SubmissionForm.self)
        let projects = try await projects(for: viewer, on: req.db)
        switch form.validate(
            projects: Dictionary(uniqueKeysWithValues: projects.map { ($0.savedID, $0.title) }), needsContact: false)
        {
        case .failure(let errors):
            return try await renderForm(req, panel, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let review = try await save(valid, panel: panel, leadID: viewer.personID, on: req.db)
            try await tellChairs(ref, review: review, on: req.db)
            try await req.flash(
                "Sent to \(panel.name). The chair will reply within \(ReviewRules.triageWorkingDays) working days.")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    static func publicForm(req: Request) async throws -> Response {
        let panel = try await publicPanel(req)
        return try await renderForm(req, panel, form: SubmissionForm(), errors: FormErrors(), isPublic: true)
    }

    static func publicCreate(req: Request) async throws -> Response {
        let panel = try await publicPanel(req)
        let form = try req.content.decode(SubmissionForm.self)
        switch form.validate(projects: [:], needsContact: true) {
        case .failure(let errors):
            return try await renderForm(req, panel, form: form, errors: errors, status: .badRequest, isPublic: true)
        case .success(let valid):
            let review = try await save(valid, panel: panel, leadID: nil, on: req.db)
            try await tellChairs(try await PanelRegistry.ref(panel, on: req.db), review: review, on: req.db)
            let model = PublicSubmissionDonePage.Model(panelName: panel.name, email: valid.contact?.email ?? "")
            return PublicSubmissionDonePage.render(model, context: try await PageContext.make(req)).response()
        }
    }

    // MARK: - Helpers

    /// The projects a lead may bring: those they can see in Tandem, newest first.
    static func projects(for viewer: Viewer, on db: any Database) async throws -> [Project] {
        let mine = Set(try await ProjectMember.query(on: db).filter(\.$person.$id == viewer.personID).all().map(\.$project.id))
        var query = Project.query(on: db)
        if let organisationID = viewer.organisationID {
            query = query.group(.or) { $0.filter(\.$organisation.$id == organisationID).filter(\.$id ~~ mine) }
        } else {
            query = query.filter(\.$id ~~ mine)
        }
        return try await query.sort(\.$title).limit(500).all()
    }

    private static func save(
        _ valid: SubmissionForm.Valid, panel: ReviewPanel, leadID: UUID?, on db: any Database
    ) async throws -> PanelReview {
        let review = PanelReview(
            panelID: panel.savedID, projectID: valid.projectID, leadID: leadID, title: valid.title, summary: valid.summary,
            stage: valid.stage, questions: valid.questions, alreadyInvolved: valid.involved, preferredDates: valid.dates)
        review.contactName = valid.contact?.name
        review.contactEmail = valid.contact?.email
        if let projectID = valid.projectID {
            let entries = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == projectID).all()
            review.levelBefore = InvolvementLadder.level(of: InvolvementPlanEntry.levels(entries))
        }
        try await review.create(on: db)
        return review
    }

    static func tellChairs(_ ref: PanelRef, review: PanelReview, on db: any Database) async throws {
        guard !ref.chairs.isEmpty else { return }
        for chair in try await Person.query(on: db).filter(\.$id ~~ ref.chairs).all() {
            try await PersonMessage.send(
                to: chair, subject: "A project for the panel: \(review.title)",
                body:
                    "\(review.title) has been brought to the panel. Please accept it for a meeting, ask for more information or say it is not for the panel by \(CalendarDate.long(ReviewRules.triageDue(submitted: review.submittedAt))).",
                link: SiteURL.panelReview(.value(review.savedID)).path, on: db)
        }
    }

    private static func publicPanel(_ req: Request) async throws -> ReviewPanel {
        guard let panel = try await ReviewPanel.find(try req.id(.panel), on: req.db), panel.publicSubmissions else {
            throw AppError.notFound
        }
        return panel
    }

    private static func renderForm(
        _ req: Request, _ panel: ReviewPanel, form: SubmissionForm, errors: FormErrors, status: HTTPResponseStatus = .ok,
        isPublic: Bool = false
    ) async throws -> Response {
        let projects = isPublic ? [] : try await projects(for: try req.requireUser().viewer, on: req.db)
        let model = SubmissionFormPage.Model(
            panelID: panel.savedID, panelName: panel.name, isPublic: isPublic,
            projects: projects.map { .init(value: $0.savedID.lowercasedString, label: $0.title) }, form: form, errors: errors)
        return SubmissionFormPage.render(model, context: try await PageContext.withForm(req, section: isPublic ? nil : .panels))
            .response(status)
    }
}
