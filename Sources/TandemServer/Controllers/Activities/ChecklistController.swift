import Fluent
import TandemCore
import Vapor

/// Reusable checklists for observation and mystery shopper visits, and how
/// each item fared across every visit that used the checklist.
enum ChecklistController {
    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: ChecklistForm(), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let form = try req.content.decode(ChecklistForm.self)
        let valid: ChecklistForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let checklist = Checklist(projectID: try project.requireID(), name: valid.name)
        try await req.db.transaction { db in
            try await checklist.create(on: db)
            for (position, text) in valid.items.enumerated() {
                try await ChecklistItem(checklistID: checklist.requireID(), position: position, text: text).create(on: db)
            }
        }
        try await req.flash("Checklist saved")
        return req.seeOther(SiteURL.checklist(.value(try checklist.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (checklist, project, _) = try await req.owned(Checklist.self, Permission.viewProject)
        let model = try await pageModel(checklist, project: project, on: req.db)
        return ChecklistPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func pageModel(_ checklist: Checklist, project: Project, on db: any Database) async throws -> ChecklistPage.Model {
        let checklistID = try checklist.requireID()
        let items = try await ChecklistItem.query(on: db).filter(\.$checklist.$id == checklistID).sort(\.$position).all()
        let activities = try await Activity.query(on: db).filter(\.$checklist.$id == checklistID).all()
        let scores = try await ChecklistScoreRecord.query(on: db).filter(\.$activity.$id ~~ activities.compactMap(\.id)).all()
        let scoresByItem = Dictionary(grouping: scores, by: \.$item.id)
        return ChecklistPage.Model(
            header: try await ProjectController.header(project, on: db), name: checklist.name, visits: activities.count,
            items: items.map { item in
                .init(text: item.text, summary: ChecklistItemSummary.summarise((scoresByItem[item.id!] ?? []).map(\.score)))
            },
            activities: activities.map { .init(id: $0.id!, title: $0.title, heldOn: $0.heldOn) })
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: ChecklistForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return ChecklistListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: ChecklistForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> ChecklistListPage.Model {
        let checklists = try await Checklist.query(on: db).filter(\.$project.$id == project.requireID()).with(\.$items).sort(
            \.$name
        ).all()
        return ChecklistListPage.Model(
            header: try await ProjectController.header(project, on: db),
            checklists: checklists.map { .init(id: $0.id!, name: $0.name, items: $0.items.count) },
            canAdd: viewer.can(.contributeEvidence(ref)), input: input, errors: errors)
    }
}
