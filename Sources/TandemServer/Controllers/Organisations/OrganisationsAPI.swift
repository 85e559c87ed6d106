import Fluent
import TandemCore
import Vapor

/// Read-only JSON for organisations, for integrations. The same access rules
/// apply as in the pages; Fluent models are never sent as they are.
enum OrganisationsAPI {
    struct OrganisationDTO: Content {
        let id: UUID
        let name: String
        let kind: String
        let odsCode: String?
        let parentID: UUID?
        let archived: Bool
    }

    struct Page: Content {
        let items: [OrganisationDTO]
        let page: Int
        let perPage: Int
        let total: Int
    }

    static func list(req: Request) async throws -> Page {
        try req.authorize(.listOrganisations)
        let viewer = try req.requireUser().viewer
        let filters = OrganisationListPage.Filters(
            search: req.query[String.self, at: "q"].nonBlank,
            kind: req.query[String.self, at: "kind"].nonBlank.flatMap(OrganisationKind.init(rawValue:)),
            showArchived: req.query[String.self, at: "archived"] == "1")
        let model = try await OrganisationController.listModel(
            filters: filters, page: req.requestedPage,
            viewer: viewer, on: req.db)
        return Page(
            items: model.organisations.map {
                .init(
                    id: $0.id, name: $0.name, kind: $0.kind.rawValue, odsCode: $0.odsCode, parentID: $0.parentID,
                    archived: $0.isArchived)
            },
            page: model.pagination.page, perPage: model.pagination.perPage, total: model.pagination.totalItems)
    }
}
