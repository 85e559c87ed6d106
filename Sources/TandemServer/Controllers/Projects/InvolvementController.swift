import Fluent
import TandemCore
import Vapor

/// The involvement plan: for each step, how involved patients and carers are, and who.
enum InvolvementController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        let saved = try await InvolvementPlanEntry.query(on: req.db).filter(\.$project.$id == project.requireID()).all()
        return try await render(req, project: project, ref: ref, form: InvolvementPlanForm(saved), errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let form = try InvolvementPlanForm(decoding: req)
        let planned: [InvolvementPlanForm.Planned]
        switch form.validate() {
        case .success(let valid): planned = valid
        case .failure(let errors):
            return try await render(req, project: project, ref: ref, form: form, errors: errors, status: .badRequest)
        }
        try await req.db.transaction { db in
            try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == id).delete()
            for entry in planned {
                try await InvolvementPlanEntry(projectID: id, step: entry.step, level: entry.level, who: entry.who).create(on: db)
            }
            try await InvolvementLevels.record(
                id, plan: Dictionary(planned.map { ($0.step, $0.level) }, uniquingKeysWith: { $1 }), on: db)
        }
        try await req.flash("Involvement plan saved")
        return req.seeOther(SiteURL.project(.value(id), .involvement))
    }

    private static func render(
        _ req: Request, project: Project, ref: ProjectRef, form: InvolvementPlanForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            project: project, ref: ref, form: form, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return InvolvementPlanPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(
            status)
    }

    static func pageModel(
        project: Project, ref: ProjectRef, form: InvolvementPlanForm, errors: FormErrors,
        viewer: Viewer, on db: any Database
    ) async throws -> InvolvementPlanPage.Model {
        InvolvementPlanPage.Model(
            header: try await ProjectController.header(project, on: db), form: form,
            index: CoProductionIndex.score(form.levels), canManage: viewer.can(.manageProject(ref)), errors: errors)
    }
}
