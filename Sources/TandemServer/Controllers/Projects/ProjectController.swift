import Fluent
import TandemCore
import Vapor

/// Projects: the list and the queries behind it. The dashboard is in
/// `ProjectController+Dashboard.swift`, forms in `+Form.swift`.
enum ProjectController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        try req.authorize(.listProjects)
        let viewer = try req.requireUser().viewer
        let filters = ProjectListPage.Filters(
            organisation: req.query[String.self, at: "organisation"].nonBlank.flatMap(UUID.init(uuidString:)),
            stage: req.query[String.self, at: "stage"].nonBlank.flatMap(ProjectStage.init(rawValue:)),
            manager: req.query[String.self, at: "manager"].nonBlank.flatMap(UUID.init(uuidString:)),
            overdueOnly: req.query[String.self, at: "overdue"] == "1")
        let model = try await listModel(filters: filters, page: req.requestedPage, viewer: viewer, on: req.db)
        return ProjectListPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func listModel(
        filters: ProjectListPage.Filters, page: Int?, viewer: Viewer, on db: any Database
    ) async throws -> ProjectListPage.Model {
        let query = try await listQuery(scope: AccessPolicy.projectScope(viewer), filters: filters, on: db)
        let pagination = Pagination(page: page, perPage: perPage, totalItems: try await query.count())
        let projects = try await query.sort(\.$createdAt, .descending).with(\.$organisation).with(\.$projectManager)
            .range(pagination.offset..<(pagination.offset + perPage)).all()
        let ids = projects.compactMap(\.id)
        let milestones = try await ProjectMilestone.query(on: db).filter(\.$project.$id ~~ ids).filter(\.$completedOn == nil)
            .sort(\.$dueOn).all()
        let rows = projects.map { project in
            let open = milestones.filter { $0.$project.id == project.id }
            return ProjectListPage.Row(
                id: project.id!, title: project.title, organisation: project.organisation.name, stage: project.stage,
                manager: project.projectManager?.displayName,
                nextMilestone: open.first { !$0.isOverdue() }.map { ($0.title, $0.dueOn) },
                overdue: open.filter { $0.isOverdue() }.count)
        }
        let canFilterByOrganisation = AccessPolicy.projectScope(viewer) == .everything
        let organisations =
            canFilterByOrganisation ? try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all() : []
        let managers = canFilterByOrganisation ? try await projectManagers(on: db) : []
        return ProjectListPage.Model(
            rows: rows, filters: filters, pagination: pagination,
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            managerOptions: managers, canCreate: viewer.can(.createProject))
    }

    /// The projects a viewer may list, filtered.
    static func listQuery(
        scope: ProjectScope, filters: ProjectListPage.Filters, on db: any Database
    ) async throws -> QueryBuilder<Project> {
        let query = Project.query(on: db)
        switch scope {
        case .everything: break
        case .organisation(let organisation, let person):
            let memberOf = try await ProjectMember.query(on: db).filter(\.$person.$id == person).all(\.$project.$id)
            query.group(.or) { $0.filter(\.$organisation.$id == organisation).filter(\.$id ~~ memberOf) }
        case .member(let person):
            let memberOf = try await ProjectMember.query(on: db).filter(\.$person.$id == person).all(\.$project.$id)
            query.filter(\.$id ~~ memberOf)
        case .nothing: query.filter(\.$id == UUID())
        }
        if let organisation = filters.organisation { query.filter(\.$organisation.$id == organisation) }
        if let stage = filters.stage { query.filter(\.$stage == stage) }
        if let manager = filters.manager { query.filter(\.$projectManager.$id == manager) }
        if filters.overdueOnly {
            let overdue = try await ProjectMilestone.query(on: db).filter(\.$completedOn == nil)
                .filter(\.$dueOn < CalendarDate.startOfDay(Date())).unique().all(\.$project.$id)
            query.filter(\.$id ~~ overdue)
        }
        return query
    }

    /// People who can manage a project: those with the project manager role, and coordinators.
    static func projectManagers(on db: any Database) async throws -> [FormField.Option] {
        let byRole = try await PersonRoleAssignment.query(on: db).filter(\.$role == InvolvementRole.projectManager)
            .all(\.$person.$id)
        let coordinators = try await User.query(on: db).filter(\.$role ~~ [AccountRole.coordinator, AccountRole.admin])
            .all(\.$person.$id)
        let people = try await Person.query(on: db).filter(\.$id ~~ Array(Set(byRole + coordinators))).sort(\.$name).all()
        return people.map { .init(value: $0.id!.lowercasedString, label: $0.name) }
    }

    static func header(_ project: Project, on db: any Database) async throws -> ProjectHeader {
        if project.$organisation.value == nil { try await project.$organisation.load(on: db) }
        let from = try await project.$replicatedFrom.id.asyncMap { try await Project.find($0, on: db)?.title }
        return ProjectHeader(project, replicatedFromTitle: from ?? nil)
    }
}
