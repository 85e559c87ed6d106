import Fluent
import TandemCore
import Vapor

/// Starting a project and changing its proposal.
extension ProjectController {

    static func new(req: Request) async throws -> Response {
        try req.authorize(.createProject)
        var input = ProjectForm()
        input.manager = req.currentUser?.personID.lowercasedString
        return try await renderForm(req, input: input, errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.createProject)
        let input = try req.content.decode(ProjectForm.self)
        switch try await input.validate(on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: nil, status: .badRequest)
        case .success(let valid):
            let project = Project(
                title: valid.title, organisationID: valid.organisationID, projectManagerID: valid.managerID,
                problem: valid.problem, aims: valid.aims, startsOn: valid.startsOn, endsOn: valid.endsOn)
            try await req.db.transaction { db in
                try await project.create(on: db)
                try await AuditTrail.project(
                    .created, project, fields: ["title", "organisation", "problem", "aims", "outcomes"], by: req.auditActor,
                    on: db)
                let id = try project.requireID()
                for (position, text) in valid.outcomes.enumerated() {
                    try await ProjectOutcome(projectID: id, position: position, text: text).create(on: db)
                }
                if let manager = valid.managerID {
                    try await TeamMembership.join(manager, as: .projectManager, project: project, by: req.auditActor, on: db)
                }
            }
            try await req.flash(
                "Project started. Next, agree the outcomes and milestones with \(try await organisationName(valid.organisationID, req))."
            )
            return req.seeOther(SiteURL.project(.value(try project.requireID())))
        }
    }

    static func edit(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        return try await renderForm(req, input: ProjectForm(project), errors: FormErrors(), editing: project)
    }

    static func update(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        var input = try req.content.decode(ProjectForm.self)
        input.outcomes = nil  // outcomes are changed on the proposal page, where their history is kept
        switch try await input.validate(on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: project, status: .badRequest)
        case .success(let valid):
            let movedFrom = project.$organisation.id
            let before = project.auditFields
            project.title = valid.title
            project.$organisation.id = valid.organisationID
            project.$projectManager.id = valid.managerID
            project.problem = valid.problem
            project.aims = valid.aims
            project.startsOn = valid.startsOn
            project.endsOn = valid.endsOn
            project.searchText = valid.title.lowercased()
            try await req.db.transaction { db in
                try await project.save(on: db)
                try await AuditTrail.project(
                    .updated, project, fields: Audit.changedFields(before: before, after: project.auditFields),
                    by: req.auditActor,
                    on: db)
                // Its evidence moves with it, in the same transaction.
                try await EvidenceStore.moveProject(try project.requireID(), from: movedFrom, to: valid.organisationID, on: db)
            }
            try await req.flash("Proposal saved")
            return req.seeOther(SiteURL.project(.value(try project.requireID()), .proposal))
        }
    }

    private static func organisationName(_ id: UUID, _ req: Request) async throws -> String {
        try await Organisation.find(id, on: req.db)?.name ?? "the partner"
    }

    private static func renderForm(
        _ req: Request, input: ProjectForm, errors: FormErrors, editing: Project?,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return ProjectFormPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func formModel(
        input: ProjectForm, errors: FormErrors, editing: Project?, on db: any Database
    ) async throws -> ProjectFormPage.Model {
        let organisations = try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all()
        return ProjectFormPage.Model(
            input: input, errors: errors, editing: try await editing.asyncMap { try await header($0, on: db) },
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            managerOptions: try await projectManagers(on: db))
    }
}

extension Project: Auditable {
    /// The proposal's fields, for naming what changed in the audit log.
    var auditFields: [String: String] {
        [
            "title": title, "organisation": $organisation.id.uuidString, "manager": $projectManager.id?.uuidString ?? "",
            "problem": problem, "aims": aims, "starts_on": startsOn.map(CalendarDate.long) ?? "",
            "ends_on": endsOn.map(CalendarDate.long) ?? "",
        ]
    }
}
