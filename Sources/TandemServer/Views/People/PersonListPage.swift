import Plot
import TandemCore

enum PersonListPage {
    struct Filters: Sendable {
        var search: String?
        var role: InvolvementRole?

        func query(page: Int? = nil) -> [(String, String?)] {
            [("q", search), ("role", role?.rawValue), ("page", page.map(String.init))]
        }
    }

    struct Model {
        let people: [PersonSummary]
        let filters: Filters
        let pagination: Pagination
        let canCreate: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "People", context: context,
            Blocks.heading("People"),
            model.canCreate ? Buttons.link("Add a person", href: SiteURL.newPerson.path) : .empty,
            getForm(
                action: SiteURL.people.path,
                .div(
                    .class("tandem-filters"),
                    FormField.text("q", label: "Search by name or email", value: model.filters.search, width: "20"),
                    FormField.select(
                        "role", label: "Role",
                        options: InvolvementRole.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.role?.rawValue, blankLabel: "All roles"),
                    Buttons.submit("Search", style: .secondary))),
            model.people.isEmpty
                ? Blocks.inset(
                    .p(
                        .plain(
                            model.filters.search == nil && model.filters.role == nil
                                ? "There is nobody here yet." : "Nobody matches your search.")))
                : .group(
                    dataTable(
                        caption: "People",
                        columns: [.init(heading: "Name"), .init(heading: "Roles"), .init(heading: "Organisations")],
                        rows: model.people.map { person in
                            [
                                link(person.displayName, href: person.href),
                                .plain(person.roles.map(\.label).joined(separator: ", ")),
                                .plain(person.organisationNames.joined(separator: ", ")),
                            ]
                        }),
                    pagination(
                        model.pagination, href: { SiteURL.people.path(query: model.filters.query(page: $0)) }, noun: "people")))
    }
}
