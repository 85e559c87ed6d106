import Fluent
import TandemCore
import Vapor

/// "Use as a template": a new project for another organisation that starts
/// with this one's methods, survey designs, checklists and involvement plan,
/// and none of its evidence, team or agreement.
enum ReplicationController {
    static func show(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.manageProject)
        return try await render(
            req, project: project, input: ReplicateForm(title: project.title, organisation: nil), errors: FormErrors())
    }

    static func replicate(req: Request) async throws -> Response {
        let (source, _) = try await req.project(Permission.manageProject)
        try req.authorize(.createProject)
        let form = try req.content.decode(ReplicateForm.self)
        let valid: ReplicateForm.Valid
        switch try await form.validate(on: req.db) {
        case .failure(let errors): return try await render(req, project: source, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let (title, organisationID) = (valid.title, valid.organisationID)
        let copy = try await req.db.transaction { db in
            try await copyProject(
                source, title: title, organisationID: organisationID, managerID: req.currentUser?.personID, by: req.auditActor,
                on: db)
        }
        try await req.flash("New project started from \(source.title). Its surveys are drafts: check them before opening.")
        return req.seeOther(SiteURL.project(.value(try copy.requireID())))
    }

    /// The copy itself, in the caller's transaction.
    static func copyProject(
        _ source: Project, title: String, organisationID: UUID, managerID: UUID?, isDemo: Bool = false,
        by actor: AuditActor, on db: any Database
    ) async throws -> Project {
        let sourceID = try source.requireID()
        let copy = Project(
            title: title, organisationID: organisationID, projectManagerID: managerID, problem: source.problem,
            aims: source.aims, isDemo: isDemo)
        copy.$replicatedFrom.id = sourceID
        try await copy.create(on: db)
        let copyID = try copy.requireID()
        if let managerID { try await TeamMembership.join(managerID, as: .projectManager, project: copy, by: actor, on: db) }

        for entry in try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == sourceID).all() {
            try await InvolvementPlanEntry(projectID: copyID, step: entry.step, level: entry.level, who: entry.who).create(on: db)
        }
        var checklistMap: [UUID: UUID] = [:]
        for checklist in try await Checklist.query(on: db).filter(\.$project.$id == sourceID).with(\.$items).all() {
            let newChecklist = Checklist(projectID: copyID, name: checklist.name)
            try await newChecklist.create(on: db)
            checklistMap[try checklist.requireID()] = try newChecklist.requireID()
            for item in checklist.items {
                try await ChecklistItem(checklistID: newChecklist.requireID(), position: item.position, text: item.text).create(
                    on: db)
            }
        }
        for survey in try await Survey.query(on: db).filter(\.$project.$id == sourceID).all() {
            let newSurvey = Survey(
                projectID: copyID, title: survey.title, introduction: survey.introduction, audience: survey.audience,
                asksDemographics: survey.asksDemographics, publicToken: SurveyController.newToken())
            try await newSurvey.create(on: db)
            for question in try await SurveyQuestion.query(on: db).filter(\.$survey.$id == survey.requireID()).sort(\.$position)
                .all()
            {
                try await SurveyQuestion(
                    surveyID: newSurvey.requireID(), position: question.position, kind: question.kind, text: question.text,
                    helpText: question.helpText, required: question.required, options: question.options
                ).create(on: db)
            }
        }
        // Activities come across as plans: the method and what it is, not when, where or what was found.
        for activity in try await Activity.query(on: db).filter(\.$project.$id == sourceID).all() {
            try await Activity(
                projectID: copyID, kind: activity.kind, title: activity.title, heldOn: nil, place: "", participants: nil,
                notes: "", checklistID: activity.$checklist.id.flatMap { checklistMap[$0] }, isDemo: isDemo
            ).create(on: db)
        }
        try await ProjectChange(projectID: copyID, kind: "replication", summary: "Started from \(source.title)", by: managerID)
            .create(on: db)
        return copy
    }

    private static func render(
        _ req: Request, project: Project, input: ReplicateForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(project: project, input: input, errors: errors, on: req.db)
        return ReplicatePage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func pageModel(
        project: Project, input: ReplicateForm, errors: FormErrors, on db: any Database
    ) async throws -> ReplicatePage.Model {
        let organisations = try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all()
        return ReplicatePage.Model(
            header: try await ProjectController.header(project, on: db), input: input, errors: errors,
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) })
    }
}
