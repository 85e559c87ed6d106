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
                    name: PersonName.display(name: try row.decode(column: "name", as: String.self),
                                            preferred: try row.decodeIfPresent(column: "preferred_name", as: String.self)),
                    role: try row.decode(column: "role", as: ProjectRole.self),
                    personID: try row.decode(column: "person_id", as: UUID.self))
            }
        let surveys = try await SurveySummary.all(ofProject: id, on: db).map {
            ProjectDashboardPage.SurveyRow(id: $0.id, title: $0.title, status: $0.status, responses: $0.responses, invited: $0.invited)
        }
        let tallies = try await Tallies.load(projectID: id, on: sql)
        // Raw statements rather than Fluent queries: these run on every view of
        // the dashboard, and building and decoding Fluent models cost more than
        // the lookups themselves.
        let milestones = try await sql.raw("""
            SELECT title, due_on FROM \(ident: ProjectMilestone.schema)
            WHERE project_id = \(bind: id) AND completed_on IS NULL ORDER BY due_on
            """).all().map { ProjectDashboardPage.Milestone(title: try $0.decode(column: "title", as: String.self),
                                                            due: try $0.decode(column: "due_on", as: Date.self)) }
        let levels = InvolvementPlanEntry.levels(
            try await sql.raw("SELECT step, level FROM \(ident: InvolvementPlanEntry.schema) WHERE project_id = \(bind: id)").all().map {
                (try $0.decode(column: "step", as: String.self), try $0.decode(column: "level", as: String.self))
            })
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
            coProductionIndex: CoProductionIndex.score(levels),
            canManage: AccessPolicy.allows(viewer, .manageProject(ref)))
    }
}

/// The dashboard's counts in one statement: evidence by method (kept as it is
/// added, see `EvidenceStore`), activities and stories.
private struct Tallies {
    var evidence: [EvidenceMethod: Int] = [:]
    var activities = 0
    var stories = 0

    static func load(projectID id: UUID, on sql: any SQLDatabase) async throws -> Tallies {
        let rows = try await sql.raw("""
            SELECT 'evidence' AS kind, method, count FROM (\(EvidenceStore.countsQuery(projectID: id))) AS e
            UNION ALL SELECT 'activities', '', COUNT(*) FROM \(ident: Activity.schema) WHERE project_id = \(bind: id)
            UNION ALL SELECT 'stories', '', COUNT(*) FROM \(ident: Story.schema) WHERE project_id = \(bind: id)
            """).all()
        var tallies = Tallies()
        for row in rows {
            switch try row.decode(column: "kind", as: String.self) {
            case "activities": tallies.activities = try row.decode(column: "count", as: Int.self)
            case "stories": tallies.stories = try row.decode(column: "count", as: Int.self)
            default: try EvidenceStore.addCount(row, to: &tallies.evidence)
            }
        }
        return tallies
    }
}
