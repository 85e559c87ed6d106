import Fluent
import FluentSQL
import SQLKit
import TandemCore
import Vapor

/// Loading a project from the route and checking what the viewer may do with it.
enum ProjectAccess {
    /// The team's people as one column of the partner's row: `group_concat` in
    /// SQLite, `string_agg` in PostgreSQL (ids separated by commas).
    static func teamColumn(projectID: UUID, on sql: any SQLDatabase) -> SQLQueryString {
        let ids: SQLQueryString = sql.isPostgreSQL ? "string_agg(person_id::text, ',')" : "group_concat(person_id, ',')"
        return "(SELECT \(ids) FROM \(ident: ProjectMember.schema) WHERE project_id = \(bind: projectID)) AS team_ids"
    }

    /// The partner organisation's columns, each named with `partnerPrefix` in front.
    static let partnerPrefix = "partner_org_"
    static let partnerColumns = SQLQueryString(
        Organisation.keys.map { "o.\"\($0.description)\" AS \"\(partnerPrefix)\($0.description)\"" }.joined(separator: ", "))

    static func team(_ column: String?) -> Set<UUID> {
        Set((column ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) })
    }
}

extension Request {
    /// The project named by `:projectID`, when the viewer may do `permission`
    /// with it; 404 otherwise, so projects a viewer may not see stay unseen.
    ///
    /// Pages that read a lot pass `database`: the connection of a
    /// `req.db.withConnection` block, so that their statements run one after
    /// another on one connection held for them. Each statement on `req.db`
    /// borrows a pooled connection afresh and (with SQLite) hands every row
    /// back through the event loop; on the held connection a statement and its
    /// rows are one trip to the database's thread.
    func project(_ permission: (ProjectRef) -> Permission, id: UUID? = nil, on database: (any Database)? = nil) async throws -> (Project, ProjectRef) {
        let db = database ?? self.db
        let projectID = try id ?? self.id(.project)
        // The project, its partner and its team, which every project page needs, in
        // one short statement: Fluent's joined query named every column twice and cost
        // more to write and to parse than the lookup takes to run. The partner's
        // columns come prefixed, so that its `id` and `name` stay apart from the project's.
        let sql = db as! any SQLDatabase
        guard let row = try await sql.raw("""
                SELECT p.*, \(ProjectAccess.partnerColumns), \(ProjectAccess.teamColumn(projectID: projectID, on: sql))
                FROM \(ident: Project.schema) p JOIN \(ident: Organisation.schema) o ON o.id = p.organisation_id
                WHERE p.id = \(bind: projectID)
                """).first()
        else { throw AppError.notFound }
        let project = try row.decode(fluentModel: Project.self)
        project.$organisation.value = try PrefixedSQLRow(row, prefix: ProjectAccess.partnerPrefix).decode(fluentModel: Organisation.self)
        let ref = ProjectRef(id: projectID, organisationID: project.$organisation.id,
                             team: ProjectAccess.team(try row.decodeIfPresent(column: "team_ids", as: String.self)))
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewProject(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (project, ref)
    }

    func can(_ permission: Permission) -> Bool { AccessPolicy.allows(viewer, permission) }

    /// How the signed-in viewer reads evidence text.
    var reader: Reader { Reader(viewer: viewer) }
}
