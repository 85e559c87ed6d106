import Fluent
import SQLKit
import TandemCore
import Vapor

/// The project dashboard: stage, team, milestones, evidence and surveys at a glance.
extension ProjectController {
    static func show(req: Request) async throws -> Response {
        let viewer = try req.requireUser().viewer
        // One connection for the dashboard's statements (see `Request.project(_:id:on:)`).
        let model = try await req.db.withConnection { db in
            let (project, ref) = try await req.project(Permission.viewProject, on: db)
            return try await dashboard(project, ref: ref, viewer: viewer, on: db)
        }
        return ProjectDashboardPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    /// A handful of small indexed queries, counts done by the database, and
    /// evidence totals from the kept counts: the dashboard stays quick however
    /// much evidence a project gathers (see bench/README.md).
    static func dashboard(
        _ project: Project, ref: ProjectRef, viewer: Viewer, on db: any Database
    ) async throws -> ProjectDashboardPage.Model {
        let id = try project.requireID()
        let team = try await DashboardQueries.team(of: id, on: db).map {
            ProjectDashboardPage.Member(
                name: PersonName.display(name: $0.name, preferred: $0.preferredName), role: $0.role, personID: $0.personID)
        }
        let surveys = try await SurveySummary.all(ofProject: id, on: db).map {
            ProjectDashboardPage.SurveyRow(
                id: $0.id, title: $0.title, status: $0.status, responses: $0.responses, invited: $0.invited)
        }
        let tallies = try await DashboardQueries.Tallies.load(projectID: id, on: db)
        let milestones = try await DashboardQueries.openMilestones(of: id, on: db).map {
            ProjectDashboardPage.Milestone(title: $0.title, due: $0.dueOn)
        }
        let levels = InvolvementPlanEntry.levels(
            try await DashboardQueries.planLevels(of: id, on: db).map { ($0.step, $0.level) })
        var setUp: [ProjectSetUp.Task] = []
        if ProjectSetUp.shows(at: project.stage) {
            // Only while the project is being set up, so running projects' dashboards keep their few statements.
            let facts = StageFacts(
                proposalAgreed: project.isAgreed,
                outcomes: try await ProjectOutcome.query(on: db).filter(\.$project.$id == id).count(),
                milestones: try await ProjectMilestone.query(on: db).filter(\.$project.$id == id).count(),
                patientOrCarerPartners: team.filter { $0.role == .patientPartner || $0.role == .carerPartner }.count,
                methods: surveys.count + tallies.activities + tallies.stories, evidence: 0)
            setUp = ProjectSetUp.tasks(facts, plannedSteps: levels.count)
        }
        var manager = team.first { $0.personID == project.$projectManager.id }?.name
        if manager == nil { manager = try await Person.displayName(of: project.$projectManager.id, on: db) }
        return .init(
            header: try await header(project, on: db),
            problem: project.problem, aims: project.aims, manager: manager,
            startsOn: project.startsOn, endsOn: project.endsOn, agreedAt: project.agreedAt,
            team: team.sorted { $0.name < $1.name },
            nextMilestones: Array(milestones.filter { !ProjectMilestone.isOverdue(due: $0.due) }.prefix(3)),
            overdueMilestones: milestones.filter { ProjectMilestone.isOverdue(due: $0.due) },
            evidence: tallies.evidence,
            surveys: surveys,
            activities: tallies.activities,
            stories: tallies.stories,
            coProductionIndex: CoProductionIndex.score(levels), setUp: setUp,
            canManage: AccessPolicy.allows(viewer, .manageProject(ref)))
    }
}
