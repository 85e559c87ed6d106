import Fluent
import TandemCore
import Vapor

/// The project dashboard: stage, team, milestones, evidence and surveys at a glance.
extension ProjectController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        let model = try await dashboard(project, ref: ref, viewer: try req.requireUser().viewer, on: req.db)
        return ProjectDashboardPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    /// Every query is small and indexed; evidence counts come from the kept totals.
    static func dashboard(_ project: Project, ref: ProjectRef, viewer: Viewer, on db: any Database) async throws -> ProjectDashboardPage.Model {
        let id = try project.requireID()
        let members = try await ProjectMember.query(on: db).filter(\.$project.$id == id).with(\.$person).all()
        let milestones = try await ProjectMilestone.query(on: db).filter(\.$project.$id == id).filter(\.$completedOn == nil)
            .sort(\.$dueOn).all()
        let today = CalendarDate.startOfDay(Date())
        let surveys = try await Survey.query(on: db).filter(\.$project.$id == id).sort(\.$createdAt).all()
        var surveyRows: [ProjectDashboardPage.SurveyRow] = []
        for survey in surveys {
            let responses = try await SurveyResponse.query(on: db).filter(\.$survey.$id == survey.requireID()).count()
            surveyRows.append(.init(id: try survey.requireID(), title: survey.title, status: survey.status, responses: responses,
                                    invited: survey.invited))
        }
        let plan = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == id).all()
        var levels: [InvolvementStep: InvolvementLevel] = [:]
        for entry in plan { if let step = entry.step, let level = entry.level { levels[step] = level } }
        let manager = try await project.$projectManager.get(on: db)
        return .init(
            header: try await header(project, on: db),
            problem: project.problem, aims: project.aims, manager: manager?.displayName,
            startsOn: project.startsOn, endsOn: project.endsOn, agreedAt: project.agreedAt,
            team: members.map { .init(name: $0.person.displayName, role: $0.role, personID: $0.$person.id) }
                .sorted { $0.name < $1.name },
            nextMilestones: Array(milestones.filter { $0.dueOn >= today }.prefix(3)).map { .init(title: $0.title, due: $0.dueOn) },
            overdueMilestones: milestones.filter { $0.dueOn < today }.map { .init(title: $0.title, due: $0.dueOn) },
            evidence: try await EvidenceStore.counts(for: id, on: db),
            surveys: surveyRows,
            activities: try await Activity.query(on: db).filter(\.$project.$id == id).count(),
            stories: try await Story.query(on: db).filter(\.$project.$id == id).count(),
            coProductionIndex: CoProductionIndex.score(levels),
            canManage: AccessPolicy.allows(viewer, .manageProject(ref)))
    }
}
