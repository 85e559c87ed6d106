import Fluent
import TandemCore
import Vapor

/// The proposal: outcomes, milestones and the agreement. After the agreement,
/// every change to outcomes and milestones is written to the project's history.
enum ProposalController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await render(req, project: project, ref: ref, errors: FormErrors())
    }

    static func updateOutcomes(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let form = try req.content.decode(OutcomesForm.self)
        let wanted: [String]
        switch form.validate() {
        case .failure(let errors):
            return try await render(
                req, project: project, ref: ref, errors: errors, outcomesTyped: form.outcomes, status: .badRequest)
        case .success(let value): wanted = value
        }
        let current = try await ProjectOutcome.query(on: req.db).filter(\.$project.$id == id).sort(\.$position).all()
        let before = current.map(\.text)
        try await req.db.transaction { db in
            try await ProjectOutcome.query(on: db).filter(\.$project.$id == id).delete()
            for (position, text) in wanted.enumerated() {
                try await ProjectOutcome(projectID: id, position: position, text: text).create(on: db)
            }
            if project.isAgreed {
                for text in before where !wanted.contains(text) {
                    try await ProjectChange(
                        projectID: id, kind: "outcome", summary: "Outcome removed: \(text)", by: req.currentUser?.personID
                    ).create(on: db)
                }
                for text in wanted where !before.contains(text) {
                    try await ProjectChange(
                        projectID: id, kind: "outcome", summary: "Outcome added: \(text)", by: req.currentUser?.personID
                    ).create(on: db)
                }
            }
        }
        try await req.flash("Outcomes saved")
        return req.seeOther(SiteURL.project(.value(id), .proposal))
    }

    static func addMilestone(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let form = try req.content.decode(MilestoneForm.self)
        let valid: MilestoneForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, project: project, ref: ref, errors: errors, milestoneTyped: form, status: .badRequest)
        case .success(let value): valid = value
        }
        let (title, due) = (valid.title, valid.dueOn)
        try await req.db.transaction { db in
            try await ProjectMilestone(projectID: id, title: title, dueOn: due).create(on: db)
            if project.isAgreed {
                try await ProjectChange(
                    projectID: id, kind: "milestone", summary: "Milestone added: \(title), due \(CalendarDate.long(due))",
                    by: req.currentUser?.personID
                ).create(on: db)
            }
        }
        try await req.flash("Milestone added")
        return req.seeOther(SiteURL.project(.value(id), .proposal))
    }

    static func completeMilestone(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        let milestone = try await findMilestone(req, project: project)
        milestone.completedOn = CalendarDate.startOfDay(Date())
        try await req.db.transaction { db in
            try await milestone.save(on: db)
            try await ProjectChange(
                projectID: project.requireID(), kind: "milestone", summary: "Milestone reached: \(milestone.title)",
                by: req.currentUser?.personID
            ).create(on: db)
        }
        try await req.flash("Milestone marked as reached")
        return req.seeOther(SiteURL.project(.value(try project.requireID()), .proposal))
    }

    static func removeMilestone(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        let milestone = try await findMilestone(req, project: project)
        try await req.db.transaction { db in
            try await milestone.delete(on: db)
            if project.isAgreed {
                try await ProjectChange(
                    projectID: project.requireID(), kind: "milestone",
                    summary: "Milestone removed: \(milestone.title), was due \(CalendarDate.long(milestone.dueOn))",
                    by: req.currentUser?.personID
                ).create(on: db)
            }
        }
        try await req.flash("Milestone removed")
        return req.seeOther(SiteURL.project(.value(try project.requireID()), .proposal))
    }

    static func agree(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let id = try project.requireID()
        let form = try req.content.decode(AgreementForm.self)
        let hasOutcomes = try await ProjectOutcome.query(on: req.db).filter(\.$project.$id == id).count() > 0
        let hasMilestones = try await ProjectMilestone.query(on: req.db).filter(\.$project.$id == id).count() > 0
        let signatory: String
        switch form.validate(isAgreed: project.isAgreed, hasOutcomes: hasOutcomes, hasMilestones: hasMilestones) {
        case .failure(let errors):
            return try await render(
                req, project: project, ref: ref, errors: errors, signatoryTyped: form.signatory, status: .badRequest)
        case .success(let value): signatory = value
        }
        project.partnerSignatory = signatory
        project.$agreedBy.id = req.currentUser?.personID
        project.agreedAt = Date()
        try await req.db.transaction { db in
            try await project.save(on: db)
            try await ProjectChange(
                projectID: id, kind: "agreement",
                summary: "Proposal agreed by \(req.currentUser?.name ?? "the charity") and \(signatory)",
                by: req.currentUser?.personID
            ).create(on: db)
        }
        try await req.flash("Proposal agreed. From now on, changes to outcomes and milestones are recorded.")
        return req.seeOther(SiteURL.project(.value(id), .proposal))
    }

    private static func findMilestone(_ req: Request, project: Project) async throws -> ProjectMilestone {
        guard
            let milestone = try await ProjectMilestone.query(on: req.db)
                .filter(\.$id == req.id(.milestone)).filter(\.$project.$id == project.requireID()).first()
        else { throw AppError.notFound }
        return milestone
    }

    static func render(
        _ req: Request, project: Project, ref: ProjectRef, errors: FormErrors, outcomesTyped: String? = nil,
        milestoneTyped: MilestoneForm? = nil, signatoryTyped: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            project: project, ref: ref, errors: errors, outcomesTyped: outcomesTyped, milestoneTyped: milestoneTyped,
            signatoryTyped: signatoryTyped, viewer: try req.requireUser().viewer, on: req.db)
        return ProposalPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func pageModel(
        project: Project, ref: ProjectRef, errors: FormErrors, outcomesTyped: String? = nil,
        milestoneTyped: MilestoneForm? = nil, signatoryTyped: String? = nil, viewer: Viewer, on db: any Database
    ) async throws -> ProposalPage.Model {
        let id = try project.requireID()
        let outcomes = try await ProjectOutcome.query(on: db).filter(\.$project.$id == id).sort(\.$position).all()
        let milestones = try await ProjectMilestone.query(on: db).filter(\.$project.$id == id).sort(\.$dueOn).all()
        let history = try await ProjectChange.query(on: db).filter(\.$project.$id == id).with(\.$changedBy)
            .sort(\.$at, .descending).all()
        let agreedBy = try await project.$agreedBy.get(on: db)
        return ProposalPage.Model(
            header: try await ProjectController.header(project, on: db), problem: project.problem, aims: project.aims,
            outcomes: outcomes.map(\.text),
            milestones: milestones.map {
                .init(
                    id: $0.id!, title: $0.title, due: $0.dueOn,
                    completed: $0.completedOn, overdue: $0.isOverdue())
            },
            agreedAt: project.agreedAt, agreedBy: agreedBy?.displayName, partnerSignatory: project.partnerSignatory,
            history: history.map { .init(at: $0.at, summary: $0.summary, by: $0.changedBy?.displayName) },
            canManage: viewer.can(.manageProject(ref)), errors: errors,
            outcomesText: outcomesTyped ?? outcomes.map(\.text).joined(separator: "\n"),
            milestoneTyped: milestoneTyped ?? MilestoneForm(), signatoryTyped: signatoryTyped ?? "")
    }
}
