import Fluent
import TandemCore
import Vapor

/// People: the list, a person's page, and the queries behind them.
/// Forms are in `PersonController+Form.swift`; organisation links in `+Organisations.swift`.
enum PersonController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        try req.authorize(.listPeople)
        let viewer = try req.requireUser().viewer
        let filters = PersonListPage.Filters(
            search: req.query[String.self, at: "q"].nonBlank,
            role: req.query[String.self, at: "role"].nonBlank.flatMap(InvolvementRole.init(rawValue:)))
        let model = try await listModel(filters: filters, page: req.requestedPage, viewer: viewer, on: req.db)
        return PersonListPage.render(model, context: try await PageContext.make(req, section: .people)).response()
    }

    static func listModel(
        filters: PersonListPage.Filters, page: Int?, viewer: Viewer, on db: any Database
    ) async throws -> PersonListPage.Model {
        let query = try await listQuery(
            scope: AccessPolicy.peopleScope(viewer), search: filters.search,
            role: filters.role, on: db)
        let pagination = Pagination(page: page, perPage: perPage, totalItems: try await query.count())
        let people = try await query.sort(\.$name).with(\.$roleAssignments).with(\.$organisations)
            .range(pagination.offset..<(pagination.offset + perPage)).all()
        return PersonListPage.Model(
            people: people.map { .init($0) }, filters: filters, pagination: pagination,
            canCreate: AccessPolicy.allows(viewer, .createPerson))
    }

    /// The people a viewer may list, searched and filtered.
    static func listQuery(
        scope: Scope, search: String?, role: InvolvementRole?, on db: any Database
    ) async throws -> QueryBuilder<Person> {
        let query = Person.query(on: db)
        switch scope {
        case .everything: break
        case .organisations(let ids):
            let memberIDs = try await PersonOrganisation.query(on: db).filter(\.$organisation.$id ~~ Array(ids))
                .all(\.$person.$id)
            query.filter(\.$id ~~ memberIDs)
        case .person(let id): query.filter(\.$id == id)
        case .nothing: query.filter(\.$id == UUID())
        }
        if let search = search?.lowercased() { query.filter(\.$searchText ~~ search) }
        if let role {
            let withRole = try await PersonRoleAssignment.query(on: db).filter(\.$role == role).all(\.$person.$id)
            query.filter(\.$id ~~ withRole)
        }
        return query
    }

    static func show(req: Request) async throws -> Response {
        let (person, ref) = try await req.person(Permission.viewPerson)
        let viewer = try req.requireUser().viewer
        let model = try await showModel(person, ref: ref, viewer: viewer, on: req.db)
        let section: NavSection = person.id == viewer.personID ? .profile : .people
        return PersonPage.render(model, context: try await PageContext.withForm(req, section: section)).response()
    }

    static func showModel(_ person: Person, ref: PersonRef, viewer: Viewer, on db: any Database) async throws -> PersonPage.Model
    {
        let id = try person.requireID()
        try await person.$roleAssignments.load(on: db)
        try await person.$organisations.load(on: db)
        let consents = try await ConsentRecord.query(on: db).filter(\.$person.$id == id).all()
        let account =
            AccessPolicy.allows(viewer, .manageUsers)
            ? try await User.query(on: db).filter(\.$person.$id == id).with(\.$organisation).first() : nil
        let canManage = AccessPolicy.allows(viewer, .createPerson)
        let addable =
            canManage
            ? try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all()
                .filter { org in !person.organisations.contains { $0.id == org.id } } : []
        return PersonPage.Model(
            person: .init(person), isSelf: id == viewer.personID,
            organisations: person.organisations.sorted { $0.name < $1.name }.map { .init($0) },
            viewableOrganisationIDs: Set(
                person.organisations.compactMap(\.id).filter { AccessPolicy.allows(viewer, .viewOrganisation($0)) }),
            addableOrganisations: addable.map { .init(value: $0.id!.lowercasedString, label: $0.name) },
            consent: ConsentStatus.current(from: consents),
            account: account.map { .init($0) },
            canEdit: AccessPolicy.allows(viewer, .editPerson(ref)),
            canManageOrganisations: canManage,
            canManageConsent: AccessPolicy.allows(viewer, .manageConsent(ref)),
            canSeeEquality: AccessPolicy.allows(viewer, .viewEqualityAnswers(ref)),
            canManageAccounts: AccessPolicy.allows(viewer, .manageUsers),
            canSeeHistory: AccessPolicy.allows(viewer, .viewAuditLog),
            canSeeRecord: AccessPolicy.allows(viewer, .viewInvolvementRecord(ref)))
    }

    /// The person as the access policy sees them.
    static func personRef(_ person: Person, on db: any Database) async throws -> PersonRef {
        let id = try person.requireID()
        let organisationIDs = try await PersonOrganisation.query(on: db).filter(\.$person.$id == id).all(\.$organisation.$id)
        return PersonRef(id: id, organisationIDs: Set(organisationIDs))
    }
}
