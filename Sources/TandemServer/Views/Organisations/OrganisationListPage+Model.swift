import TandemCore

enum OrganisationListPage {
    struct Filters: Sendable, Equatable {
        var search: String?
        var kind: OrganisationKind?
        var showArchived: Bool = false

        func query(page: Int? = nil) -> [(String, String?)] {
            [("q", search), ("kind", kind?.rawValue), ("archived", showArchived ? "1" : nil), ("page", page.map(String.init))]
        }

        var isFiltered: Bool { search != nil || kind != nil || showArchived }
    }

    struct Model {
        let organisations: [OrganisationSummary]
        let filters: Filters
        let pagination: Pagination
        let canCreate: Bool
    }
}
