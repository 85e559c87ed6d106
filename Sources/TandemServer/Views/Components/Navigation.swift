import Plot
import TandemCore

/// A link in a breadcrumb trail.
struct Crumb {
    let title: String
    let href: String
}

/// Previous and next links, plus "Showing 26 to 50 of 312".
/// `capped` says the total is a lower bound ("more than 1,000").
func pagination(_ page: Pagination, href: (Int) -> String, noun: String, capped: Bool = false) -> Markup {
    // Written with `HTMLFragment`: every list page has it.
    var html = HTMLFragment(capacity: 1_024)
    if page.totalItems > 0 {
        let total = capped ? "more than \(page.totalItems.commaGrouped)" : page.totalItems.commaGrouped
        html.open("p", ("class", "nhsuk-body-s"))
        html.text("Showing \(page.firstItemNumber.commaGrouped) to \(page.lastItemNumber.commaGrouped) of \(total) \(noun)")
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
