import Foundation
import Plot
import TandemCore

/// The cells of the ranked list of people interested in an opportunity, written with `HTMLFragment`:
/// the page is measured under load (`bench/README.md`), and a Plot node for each cell of 25 rows cost
/// more than reading them. The table around them is `dataTable`'s.
enum RankedInterestCells {
    /// The select box (or "Selected"), the person with their note and availability, the score, and why.
    static func cells(_ row: RankedInterestPage.Row, index: Int) -> [Markup] {
        var select = HTMLFragment(capacity: 512)
        if row.status != .selected {
            select.element("div", ("class", "nhsuk-checkboxes nhsuk-checkboxes--small")) { html in
                html.element("div", ("class", "nhsuk-checkboxes__item")) { html in
                    html.void(
                        "input", ("class", "nhsuk-checkboxes__input"), ("type", "checkbox"), ("name", "selected[]"),
                        ("value", row.interestID.lowercasedString), ("id", "select-\(index)"))
                    html.element("label", ("class", "nhsuk-label nhsuk-checkboxes__label"), ("for", "select-\(index)")) {
                        $0.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text("Select \(row.name)") }
                    }
                }
            }
        }
        var person = HTMLFragment(capacity: 384)
        person.element("strong") { $0.text(row.name) }
        if row.fromPublicPage { person.text(" (from the public page)") }
        person.element("p", ("class", "nhsuk-body-s")) { $0.text(row.note) }
        person.element("p", ("class", "nhsuk-body-s")) { $0.text(row.availability.label) }
        var why = HTMLFragment(capacity: 384)
        if row.reasons.isEmpty {
            why.text("No particular fit found")
        } else {
            why.element("ul", ("class", "nhsuk-list nhsuk-list--bullet nhsuk-body-s")) { html in
                for reason in row.reasons { html.element("li") { $0.text(reason) } }
            }
        }
        return [
            row.status == .selected ? Blocks.tag("Selected", colour: "green") : select.node, person.node,
            .text(String(row.score)), why.node,
        ]
    }
}
