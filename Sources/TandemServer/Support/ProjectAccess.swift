import Fluent
import FluentSQL
import SQLKit
import TandemCore
import Vapor

/// Loading a project from the route and checking what the viewer may do with it.
enum ProjectAccess {
    static func ref(_ project: Project, on db: any Database) async throws -> ProjectRef {
        let id = try project.requireID()
        // In plain SQL: every project page asks this.
        let team = try await (db as! any SQLDatabase).raw("""
            SELECT person_id FROM \(ident: ProjectMember.schema) WHERE project_id = \(bind: id)
            """).all(decodingColumn: "person_id", as: UUID.self)
        return ProjectRef(id: id, organisationID: project.$organisation.id, team: Set(team))
    }
}

extension Request {
    /// The project named by `:projectID`, when the viewer may do `permission`
    /// with it; 404 otherwise, so projects a viewer may not see stay unseen.
    func project(_ permission: (ProjectRef) -> Permission, id: UUID? = nil) async throws -> (Project, ProjectRef) {
        let projectID = try id ?? uuid("projectID")
        // The project and its partner, which every project page names, in short plain
        // SQL: Fluent's joined query names every column twice and cost more to write
        // and to parse than the two lookups take to run.
        let sql = db as! any SQLDatabase
        guard let project = try await sql.raw("SELECT * FROM \(ident: Project.schema) WHERE id = \(bind: projectID)")
            .first()?.decode(fluentModel: Project.self),
            let organisation = try await sql.raw("SELECT * FROM \(ident: Organisation.schema) WHERE id = \(bind: project.$organisation.id)")
            .first()?.decode(fluentModel: Organisation.self)
        else { throw AppError.notFound }
        project.$organisation.value = organisation
        let ref = try await ProjectAccess.ref(project, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewProject(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (project, ref)
    }

    func can(_ permission: Permission) -> Bool { AccessPolicy.allows(viewer, permission) }
}

extension Request {
    /// A feedback item's text as this viewer may read it: as it was given, or
    /// with names and contact details taken out.
    func readableText(_ item: FeedbackItem, _ ref: ProjectRef) -> String {
        readableText(item.text, redacted: item.redactedText, scope: item.consentScope, ref)
    }

    func readableText(_ text: String, redacted: String, scope: ConsentScope, _ ref: ProjectRef) -> String {
        can(.readAsGiven(ref, scope)) ? text : redacted
    }
}
