import Fluent
import FluentSQL
import SQLKit
import TandemCore
import Vapor

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
    func project(
        _ permission: (ProjectRef) -> Permission, id: UUID? = nil, on database: (any Database)? = nil
    ) async throws -> (Project, ProjectRef) {
        let db = database ?? self.db
        let projectID = try id ?? self.id(.project)
        guard let (project, ref) = try await ProjectLookup.find(projectID, on: db) else { throw AppError.notFound }
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewProject(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (project, ref)
    }

    func can(_ permission: Permission) -> Bool { AccessPolicy.allows(viewer, permission) }

    /// How the signed-in viewer reads evidence text.
    var reader: Reader { Reader(viewer: viewer) }
}
