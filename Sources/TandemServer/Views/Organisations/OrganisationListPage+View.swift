import Plot
import TandemCore

extension OrganisationListPage {
    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Organisations", context: context,
            Blocks.heading("Organisations"),
            model.canCreate ? Buttons.link("Add an organisation", href: SiteURL.newOrganisation.path) : .empty,
            filterForm(model.filters),
            results(model))
    }

    private static func filterForm(_ filters: Filters) -> Markup {
        getForm(
            action: SiteURL.organisations.path,
            .div(
                .class("tandem-filters"),
                FormField.text("q", label: "Search by name or ODS code", value: filters.search, width: "20"),
                FormField.select(
                    "kind", label: "Kind", options: OrganisationKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: filters.kind?.rawValue, blankLabel: "All kinds"),
                FormField.checkboxes(
                    "archived", legend: "Archived organisations",
                    options: [.init(value: "1", label: "Include archived organisations")],
                    selected: filters.showArchived ? ["1"] : [], small: true),
                Buttons.submit("Search", style: .secondary)))
    }

    private static func results(_ model: Model) -> Markup {
        guard !model.organisations.isEmpty else {
            return Blocks.inset(
                .p(
                    .plain(
                        model.filters.isFiltered
                            ? "No organisations match your search. Try fewer words, or another kind."
                            : "There are no organisations yet.")))
        }
        return .group(
            dataTable(
                caption: "Organisations",
                columns: [
                    .init(heading: "Name"), .init(heading: "Kind"), .init(heading: "ODS code"), .init(heading: "Part of"),
                ],
                rows: model.organisations.map { org in
                    [
                        .group(
                            link(org.name, href: org.href),
                            org.isArchived ? .group(" ", Blocks.tag("Archived", colour: "grey")) : .empty),
                        .plain(org.kind.shortLabel), .plain(org.odsCode ?? ""),
                        org.parentID.map { link(org.parentName ?? "", href: SiteURL.organisation(.value($0)).path) } ?? .empty,
                    ]
                }),
            pagination(
                model.pagination, href: { SiteURL.organisations.path(query: model.filters.query(page: $0)) },
                noun: "organisations"))
    }
}
