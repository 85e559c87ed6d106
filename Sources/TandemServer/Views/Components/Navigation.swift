import Plot
import TandemCore

/// A link in a breadcrumb trail.
struct Crumb {
    let title: String
    let href: String
}

func breadcrumbs(_ crumbs: [Crumb]) -> Markup {
    guard let parent = crumbs.last else { return .empty }
    return .nav(
        .class("nhsuk-breadcrumb"), .attr("aria-label", "Breadcrumb"),
        .ol(.class("nhsuk-breadcrumb__list"),
            .forEach(crumbs) { crumb in
                .li(.class("nhsuk-breadcrumb__list-item"), link(crumb.title, href: crumb.href, classes: "nhsuk-breadcrumb__link"))
            }),
        element("a", .class("nhsuk-back-link"), .attr("href", parent.href),
                .span(.class("nhsuk-u-visually-hidden"), "Back to "), .plain(parent.title)))
}

/// Previous and next links, plus "Showing 26 to 50 of 312".
/// `capped` says the total is a lower bound ("more than 1,000").
func pagination(_ page: Pagination, href: (Int) -> String, noun: String, capped: Bool = false) -> Markup {
    let total = capped ? "more than \(page.totalItems.formatted())" : page.totalItems.formatted()
    let summary = page.totalItems == 0
        ? Markup.empty
        : .p(.class("nhsuk-body-s"), .plain("Showing \(page.firstItemNumber.formatted()) to \(page.lastItemNumber.formatted()) of \(total) \(noun)"))
    guard page.pageCount > 1 else { return summary }
    return .group(
        summary,
        .nav(
            .class("nhsuk-pagination"), .attr("role", "navigation"), .attr("aria-label", "Pagination"),
            .ul(.class("nhsuk-list nhsuk-pagination__list"),
                page.hasPrevious ? .li(.class("nhsuk-pagination-item--previous"),
                    element("a", .class("nhsuk-pagination__link nhsuk-pagination__link--prev"), .attr("href", href(page.page - 1)),
                            .span(.class("nhsuk-pagination__title"), "Previous"),
                            .span(.class("nhsuk-u-visually-hidden"), ":"),
                            .span(.class("nhsuk-pagination__page"), .plain("Page \(page.page - 1) of \(page.pageCount)")))) : .empty,
                page.hasNext ? .li(.class("nhsuk-pagination-item--next"),
                    element("a", .class("nhsuk-pagination__link nhsuk-pagination__link--next"), .attr("href", href(page.page + 1)),
                            .span(.class("nhsuk-pagination__title"), "Next"),
                            .span(.class("nhsuk-u-visually-hidden"), ":"),
                            .span(.class("nhsuk-pagination__page"), .plain("Page \(page.page + 1) of \(page.pageCount)")))) : .empty)))
}
