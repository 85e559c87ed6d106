import Fluent
import TandemCore
import Vapor

/// Moving a project to its next stage, after the checks, with the move recorded.
enum StageController {
    static func show(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        return try await render(req, project: project, errors: FormErrors())
    }

    static func advance(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        guard let target = project.stage.next else {
            throw AppError.badRequest("This project is closed: there is no stage after it")
        }
        let problems = StageRules.problems(from: project.stage, to: target, facts: try await facts(for: project, on: req.db))
        guard problems.isEmpty else {
            var errors = FormErrors()
            for (index, problem) in problems.enumerated() { errors.add("check-\(index + 1)", problem) }
            return try await render(req, project: project, errors: errors, status: .badRequest)
        }
        let from = project.stage
        project.stage = target
        try await req.db.transaction { db in
            try await project.save(on: db)
            try await AuditTrail.stageMoved(project, from: from, to: target, by: req.auditActor, on: db)
            try await ProjectChange(
                projectID: id, kind: "stage", summary: "Moved from \(from.label.lowercased()) to \(target.label.lowercased())",
                by: req.currentUser?.personID
            ).create(on: db)
        }
        try await req.flash("The project is now at: \(target.label.lowercased())")
        return req.seeOther(SiteURL.project(.value(id)))
    }

    static func facts(for project: Project, on db: any Database) async throws -> StageFacts {
        let id = try project.requireID()
        let members = try await ProjectMember.query(on: db).filter(\.$project.$id == id).all()
        let surveys = try await Survey.query(on: db).filter(\.$project.$id == id).count()
        let activities = try await Activity.query(on: db).filter(\.$project.$id == id).count()
        let stories = try await Story.query(on: db).filter(\.$project.$id == id).count()
        let evidence = try await EvidenceStore.counts(for: id, on: db).values.reduce(0, +)
        return StageFacts(
            proposalAgreed: project.isAgreed,
            outcomes: try await ProjectOutcome.query(on: db).filter(\.$project.$id == id).count(),
            milestones: try await ProjectMilestone.query(on: db).filter(\.$project.$id == id).count(),
            patientOrCarerPartners: members.filter { $0.role == .patientPartner || $0.role == .carerPartner }.count,
            methods: surveys + activities + stories, evidence: evidence)
    }

    private static func render(
        _ req: Request, project: Project, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(project: project, errors: errors, on: req.db)
        return StagePage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func pageModel(project: Project, errors: FormErrors, on db: any Database) async throws -> StagePage.Model {
        let currentFacts = try await facts(for: project, on: db)
        let problems = project.stage.next.map { StageRules.problems(from: project.stage, to: $0, facts: currentFacts) } ?? []
        return StagePage.Model(header: try await ProjectController.header(project, on: db), problems: problems, errors: errors)
    }
}
