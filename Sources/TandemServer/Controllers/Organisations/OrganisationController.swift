import Fluent
import TandemCore
import Vapor

/// Organisations: the list, a single organisation, and the queries behind them.
/// Forms are in `OrganisationController+Form.swift`, removal in `+Remove.swift`.
enum OrganisationController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        try req.authorize(.listOrganisations)
        let viewer = try req.requireUser().viewer
        // Staff have one organisation: take them straight to it.
        if case .organisations(let ids) = AccessPolicy.organisationScope(viewer), ids.count == 1, let only = ids.first {
            return req.seeOther(SiteURL.organisation(.value(only)))
        }
        let filters = OrganisationListPage.Filters(
            search: req.query[String.self, at: "q"].nonBlank,
            kind: req.query[String.self, at: "kind"].nonBlank.flatMap(OrganisationKind.init(rawValue:)),
            showArchived: req.query[String.self, at: "archived"] == "1")
        let model = try await listModel(filters: filters, page: req.requestedPage, viewer: viewer, on: req.db)
        return OrganisationListPage.render(model, context: try await PageContext.make(req, section: .organisations)).response()
    }

    static func listModel(
        filters: OrganisationListPage.Filters, page: Int?, viewer: Viewer,
        on db: any Database
    ) async throws -> OrganisationListPage.Model {
        let query = listQuery(scope: AccessPolicy.organisationScope(viewer), filters: filters, on: db)
        let total = try await query.count()
        let pagination = Pagination(page: page, perPage: perPage, totalItems: total)
        let organisations = try await query.sort(\.$name).with(\.$parent)
            .range(pagination.offset..<(pagination.offset + perPage)).all()
        return .init(
            organisations: organisations.map { .init($0) }, filters: filters, pagination: pagination,
            canCreate: AccessPolicy.allows(viewer, .manageOrganisations))
    }

    static func listQuery(scope: Scope, filters: OrganisationListPage.Filters, on db: any Database) -> QueryBuilder<Organisation>
    {
        let query = Organisation.query(on: db)
        switch scope {
        case .everything: break
        case .organisations(let ids): query.filter(\.$id ~~ Array(ids))
        case .person, .nothing: query.filter(\.$id == UUID())
        }
        if let search = filters.search?.lowercased() { query.filter(\.$searchText ~~ search) }
        if let kind = filters.kind { query.filter(\.$kind == kind) }
        if !filters.showArchived { query.filter(\.$archivedAt == nil) }
        return query
    }

    static func show(req: Request) async throws -> Response {
        let organisation = try await req.organisation(Permission.viewOrganisation)
        let model = try await showModel(organisation, viewer: try req.requireUser().viewer, on: req.db)
        return OrganisationPage.render(model, context: try await PageContext.make(req, section: .organisations)).response()
    }

    static func showModel(
        _ organisation: Organisation, viewer: Viewer, on db: any Database
    ) async throws -> OrganisationPage.Model {
        let id = try organisation.requireID()
        try await organisation.$parent.load(on: db)
        let children = try await Organisation.query(on: db).filter(\.$parent.$id == id).sort(\.$name).all()
        let people = try await Person.query(on: db)
            .join(PersonOrganisation.self, on: \PersonOrganisation.$person.$id == \Person.$id)
            .filter(PersonOrganisation.self, \.$organisation.$id == id)
            .sort(\.$name).with(\.$roleAssignments).all()
        let membership = try await Membership.query(on: db).filter(\.$organisation.$id == id).first()
        return .init(
            organisation: .init(organisation), children: children.map { .init($0) },
            people: people.map { .init($0) }, membership: membership.map { .init($0) },
            canManage: AccessPolicy.allows(viewer, .manageOrganisations),
            canManageMembership: AccessPolicy.allows(viewer, .manageMembership),
            canSeePeople: AccessPolicy.allows(viewer, .listPeople),
            canSeeEvidence: AccessPolicy.allows(viewer, .viewOrganisationEvidence(id)))
    }
}
