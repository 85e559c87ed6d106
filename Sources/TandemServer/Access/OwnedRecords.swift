import Fluent
import TandemCore
import Vapor

/// A record that belongs to one project and has its own page: a survey, a
/// finding, a story. `req.owned(_:_:)` loads it from its route parameter and
/// asks the access policy about its project.
protocol ProjectOwned: Model where IDValue == UUID {
    /// The route parameter that names the record in its pages' paths.
    static var routeParameter: RouteParameter { get }
    /// The record's project.
    static var projectKey: ProjectKey<Self> { get }
}

extension ProjectOwned {
    var projectID: UUID { self[keyPath: Self.projectKey].id }
}

/// How a project-owned record names its project: `static var projectKey: ProjectKey<Finding> { \.$project }`.
typealias ProjectKey<Record: Model> = KeyPath<Record, ParentProperty<Record, Project>>

/// A record that belongs to one organisation and has its own page. The
/// organisation's own pages use `req.organisation(_:)`.
protocol OrganisationOwned: Model where IDValue == UUID {
    static var routeParameter: RouteParameter { get }
    static var organisationKey: KeyPath<Self, ParentProperty<Self, Organisation>> { get }
}

extension OrganisationOwned {
    var organisationID: UUID { self[keyPath: Self.organisationKey].id }
}

/// 403 or 404, one rule for every page that loads a record
/// (`docs/ARCHITECTURE.md`, "Loading a record"):
///
/// - **404** when the record does not exist, or when the viewer may not even see
///   the project or organisation it belongs to: someone outside cannot learn
///   that it exists by trying addresses.
/// - **403** when the viewer may see it but not do what the page does (a
///   partner on the team opening a page that manages the project).
extension Request {
    /// The record named by its route parameter, with its project and the
    /// project's access reference, when the viewer may do `permission`.
    func owned<Record: ProjectOwned>(
        _ type: Record.Type, _ permission: (ProjectRef) -> Permission, on database: (any Database)? = nil
    ) async throws -> (Record, Project, ProjectRef) {
        guard let record = try await Record.find(try id(Record.routeParameter), on: database ?? db) else {
            throw AppError.notFound
        }
        let (project, ref) = try await project(permission, id: record.projectID, on: database)
        return (record, project, ref)
    }

    /// The organisation named by `:organisationID`, when the viewer may do
    /// `permission` with it; see the rule above.
    func organisation(
        _ permission: (UUID) -> Permission, id: UUID? = nil, on database: (any Database)? = nil
    ) async throws -> Organisation {
        let organisationID = try id ?? self.id(.organisation)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewOrganisation(organisationID)),
            let organisation = try await Organisation.find(organisationID, on: database ?? db)
        else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(organisationID)) else { throw AppError.forbidden }
        return organisation
    }

    /// A record that belongs to an organisation, with its organisation, when the viewer may do `permission`.
    func owned<Record: OrganisationOwned>(
        _ type: Record.Type, _ permission: (UUID) -> Permission, on database: (any Database)? = nil
    ) async throws -> (Record, Organisation) {
        guard let record = try await Record.find(try id(Record.routeParameter), on: database ?? db) else {
            throw AppError.notFound
        }
        return (record, try await organisation(permission, id: record.organisationID, on: database))
    }
}

/// For permissions that do not name the organisation: `req.organisation(always(.manageOrganisations))`.
func always<Subject>(_ permission: Permission) -> @Sendable (Subject) -> Permission { { _ in permission } }

extension Request {
    /// The person named by `:personID`, with the reference the access policy
    /// sees, when the viewer may do `permission`; see the rule above.
    func person(_ permission: (PersonRef) -> Permission, on database: (any Database)? = nil) async throws -> (Person, PersonRef) {
        let db = database ?? self.db
        guard let person = try await Person.find(try id(.person), on: db) else { throw AppError.notFound }
        let ref = try await PersonController.personRef(person, on: db)
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewPerson(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
        return (person, ref)
    }
}

extension Model where IDValue == UUID {
    /// The id of a record read from or written to the database. Summaries for pages
    /// are only made of such records; one without an id is a fault, never a made-up id.
    var savedID: UUID {
        guard let id else { preconditionFailure("\(Self.self) has no id: it was never saved") }
        return id
    }
}
