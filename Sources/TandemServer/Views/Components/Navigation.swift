import Plot
import TandemCore

/// A link in a breadcrumb trail.
struct Crumb {
    let title: String
    let href: String
}

/// Previous and next links, plus "Showing 26 to 50 of 312".
/// `countedTo` says counting stopped there, so the total is a lower bound ("more than 1,000")
/// and pages go on while there are more ("Page 45", with no "of").
func pagination(_ page: Pagination, href: (Int) -> String, noun: String, countedTo: Int? = nil) -> Markup {
    // Written with `HTMLFragment`: every list page has it.
    var html = HTMLFragment(capacity: 1_024)
    if page.totalItems > 0 {
        let total = countedTo.map { "more than \($0.commaGrouped)" } ?? page.totalItems.commaGrouped
        html.element("p", ("class", "nhsuk-body-s")) {
            $0.text("Showing \(page.firstItemNumber.commaGrouped) to \(page.lastItemNumber.commaGrouped) of \(total) \(noun)")
        }
    }
    guard page.pageCount > 1 else { return html.node }
    func item(_ direction: String, _ title: String, _ number: Int, into html: inout HTMLFragment) {
        html.element("li", ("class", "nhsuk-pagination-item--\(direction == "prev" ? "previous" : "next")")) { html in
            html.element("a", ("class", "nhsuk-pagination__link nhsuk-pagination__link--\(direction)"), ("href", href(number))) {
                $0.element("span", ("class", "nhsuk-pagination__title")) { $0.text(title) }
                $0.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text(":") }
                $0.element("span", ("class", "nhsuk-pagination__page")) {
                    $0.text(countedTo == nil ? "Page \(number) of \(page.pageCount)" : "Page \(number)")
                }
            }
        }
    }
    html.element("nav", ("class", "nhsuk-pagination"), ("role", "navigation"), ("aria-label", "Pagination")) { html in
        html.element("ul", ("class", "nhsuk-list nhsuk-pagination__list")) { html in
            if page.hasPrevious { item("prev", "Previous", page.page - 1, into: &html) }
            if page.hasNext { item("next", "Next", page.page + 1, into: &html) }
        }
    }
    return html.node
}
