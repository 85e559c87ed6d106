import Fluent
import TandemCore
import Vapor

/// The involvement plan: for each step, how involved patients and carers are, and who.
enum InvolvementController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await render(
            req, project: project, ref: ref, values: try await current(project, on: req.db), errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let submitted = try req.content.decode([String: String].self)
        var values: [InvolvementStep: (level: String?, who: String)] = [:]
        var errors = FormErrors()
        for step in InvolvementStep.allCases {
            let level = submitted["level-\(step.rawValue)"].nonBlank
            let who = submitted["who-\(step.rawValue)"].nonBlank ?? ""
            values[step] = (level, who)
            if let level, InvolvementLevel(rawValue: level) == nil {
                errors.add("level-\(step.rawValue)", "Select a level for \(step.label.lowercased())")
            }
            if who.count > 300 { errors.add("who-\(step.rawValue)", "Who is involved must be 300 characters or fewer") }
            if level != nil && level != InvolvementLevel.inform.rawValue && who.isEmpty {
                errors.add("who-\(step.rawValue)", "Say who is involved in \(step.label.lowercased())")
            }
        }
        guard errors.isEmpty else {
            return try await render(req, project: project, ref: ref, values: values, errors: errors, status: .badRequest)
        }
        let chosen: [(InvolvementStep, InvolvementLevel, String)] = InvolvementStep.allCases.compactMap { step in
            guard let value = values[step], let level = value.level.flatMap(InvolvementLevel.init(rawValue:)) else { return nil }
            return (step, level, value.who)
        }
        try await req.db.transaction { db in
            try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == id).delete()
            for (step, level, who) in chosen {
                try await InvolvementPlanEntry(projectID: id, step: step, level: level, who: who).create(on: db)
            }
        }
        try await req.flash("Involvement plan saved")
        return req.seeOther(SiteURL.project(.value(id), .involvement))
    }

    static func current(_ project: Project, on db: any Database) async throws -> [InvolvementStep: (level: String?, who: String)]
    {
        let entries = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == project.requireID()).all()
        var values: [InvolvementStep: (level: String?, who: String)] = [:]
        for entry in entries { values[entry.step] = (entry.level.rawValue, entry.who) }
        return values
    }

    private static func render(
        _ req: Request, project: Project, ref: ProjectRef, values: [InvolvementStep: (level: String?, who: String)],
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            project: project, ref: ref, values: values, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return InvolvementPlanPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(
            status)
    }

    static func pageModel(
        project: Project, ref: ProjectRef, values: [InvolvementStep: (level: String?, who: String)], errors: FormErrors,
        viewer: Viewer, on db: any Database
    ) async throws -> InvolvementPlanPage.Model {
        var levels: [InvolvementStep: InvolvementLevel] = [:]
        for (step, value) in values {
            if let level = value.level.flatMap(InvolvementLevel.init(rawValue:)) { levels[step] = level }
        }
        return InvolvementPlanPage.Model(
            header: try await ProjectController.header(project, on: db), values: values,
            index: CoProductionIndex.score(levels), canManage: viewer.can(.manageProject(ref)), errors: errors)
    }
}
