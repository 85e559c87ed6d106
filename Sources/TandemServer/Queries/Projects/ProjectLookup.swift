import Fluent
import FluentSQL
import Foundation
import SQLKit
import TandemCore

/// The project, its partner and its team, which every project page needs, in
/// one short statement: Fluent's joined query named every column twice and cost
/// more to write and to parse than the lookup takes to run. The partner's
/// columns come prefixed, so that its `id` and `name` stay apart from the project's.
enum ProjectLookup {
    static func find(_ projectID: UUID, on db: any Database) async throws -> (Project, ProjectRef)? {
        let sql = db as! any SQLDatabase
        guard
            let row = try await sql.raw(
                """
                SELECT p.*, \(partnerColumns), \(teamColumn(projectID: projectID, on: sql))
                FROM \(ident: Project.schema) p JOIN \(ident: Organisation.schema) o ON o.id = p.organisation_id
                WHERE p.id = \(bind: projectID)
                """
            ).first()
        else { return nil }
        let project = try row.decode(fluentModel: Project.self)
        project.$organisation.value = try PrefixedSQLRow(row, prefix: partnerPrefix).decode(fluentModel: Organisation.self)
        let ref = ProjectRef(
            id: projectID, organisationID: project.$organisation.id,
            team: team(try row.decodeIfPresent(column: "team_ids", as: String.self)))
        return (project, ref)
    }

    /// The team's people as one column of the partner's row: `group_concat` in
    /// SQLite, `string_agg` in PostgreSQL (ids separated by commas).
    private static func teamColumn(projectID: UUID, on sql: any SQLDatabase) -> SQLQueryString {
        let ids: SQLQueryString = sql.isPostgreSQL ? "string_agg(person_id::text, ',')" : "group_concat(person_id, ',')"
        return "(SELECT \(ids) FROM \(ident: ProjectMember.schema) WHERE project_id = \(bind: projectID)) AS team_ids"
    }

    /// The partner organisation's columns, each named with `partnerPrefix` in front.
    private static let partnerPrefix = "partner_org_"
    private static let partnerColumns = SQLQueryString(
        Organisation.keys.map { "o.\"\($0.description)\" AS \"\(partnerPrefix)\($0.description)\"" }.joined(separator: ", "))

    private static func team(_ column: String?) -> Set<UUID> {
        Set((column ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) })
    }
}
