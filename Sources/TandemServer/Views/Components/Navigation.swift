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
    // Written with `HTMLFragment`: every list page has it.
    var html = HTMLFragment(capacity: 1_024)
    if page.totalItems > 0 {
        let total = capped ? "more than \(page.totalItems.formatted())" : page.totalItems.formatted()
        html.open("p", ("class", "nhsuk-body-s"))
        html.text("Showing \(page.firstItemNumber.formatted()) to \(page.lastItemNumber.formatted()) of \(total) \(noun)")
        html.close("p")
    }
    guard page.pageCount > 1 else { return html.node }
    html.open("nav", ("class", "nhsuk-pagination"), ("role", "navigation"), ("aria-label", "Pagination"))
    html.open("ul", ("class", "nhsuk-list nhsuk-pagination__list"))
    func item(_ direction: String, _ title: String, _ number: Int) {
        html.open("li", ("class", "nhsuk-pagination-item--\(direction == "prev" ? "previous" : "next")"))
        html.open("a", ("class", "nhsuk-pagination__link nhsuk-pagination__link--\(direction)"), ("href", href(number)))
        html.open("span", ("class", "nhsuk-pagination__title"))
        html.text(title)
        html.close("span")
        html.open("span", ("class", "nhsuk-u-visually-hidden"))
        html.text(":")
        html.close("span")
        html.open("span", ("class", "nhsuk-pagination__page"))
        html.text("Page \(number) of \(page.pageCount)")
        html.close("span")
        html.close("a")
        html.close("li")
    }
    if page.hasPrevious { item("prev", "Previous", page.page - 1) }
    if page.hasNext { item("next", "Next", page.page + 1) }
    html.close("ul")
    html.close("nav")
    return html.node
}
