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
    static func dashboard(_ project: Project, ref: ProjectRef, viewer: Viewer, on db: any Database) async throws -> ProjectDashboardPage.Model {
        let id = try project.requireID()
        let sql = db as! any SQLDatabase
        let team = try await sql.raw("""
            SELECT m.person_id, m.role, p.name, p.preferred_name FROM \(ident: ProjectMember.schema) m
            JOIN \(ident: Person.schema) p ON p.id = m.person_id WHERE m.project_id = \(bind: id)
            """).all().map { row in
                ProjectDashboardPage.Member(
                    name: try row.decode(column: "preferred_name", as: String?.self) ?? row.decode(column: "name", as: String.self),
                    role: ProjectRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .staffMember,
                    personID: try row.decode(column: "person_id", as: UUID.self))
            }
        let surveys = try await SurveySummary.all(ofProject: id, on: db).map {
            ProjectDashboardPage.SurveyRow(id: $0.id, title: $0.title, status: $0.status, responses: $0.responses, invited: $0.invited)
        }
        let methods = try await sql.raw("""
            SELECT (SELECT COUNT(*) FROM \(ident: Activity.schema) WHERE project_id = \(bind: id)) AS activities,
                   (SELECT COUNT(*) FROM \(ident: Story.schema) WHERE project_id = \(bind: id)) AS stories
            """).first()
        let milestones = try await ProjectMilestone.query(on: db).filter(\.$project.$id == id).filter(\.$completedOn == nil)
            .sort(\.$dueOn).all()
        let today = CalendarDate.startOfDay(Date())
        let plan = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == id).all()
        let levels = InvolvementPlanEntry.levels(plan)
        var manager = team.first { $0.personID == project.$projectManager.id }?.name
        if manager == nil { manager = try await Person.displayName(of: project.$projectManager.id, on: db) }
        return .init(
            header: try await header(project, on: db),
            problem: project.problem, aims: project.aims, manager: manager,
            startsOn: project.startsOn, endsOn: project.endsOn, agreedAt: project.agreedAt,
            team: team.sorted { $0.name < $1.name },
            nextMilestones: Array(milestones.filter { $0.dueOn >= today }.prefix(3)).map { .init(title: $0.title, due: $0.dueOn) },
            overdueMilestones: milestones.filter { $0.dueOn < today }.map { .init(title: $0.title, due: $0.dueOn) },
            evidence: try await EvidenceStore.counts(for: id, on: db),
            surveys: surveys,
            activities: try methods?.decode(column: "activities", as: Int.self) ?? 0,
            stories: try methods?.decode(column: "stories", as: Int.self) ?? 0,
            coProductionIndex: CoProductionIndex.score(levels),
            canManage: AccessPolicy.allows(viewer, .manageProject(ref)))
    }
}
