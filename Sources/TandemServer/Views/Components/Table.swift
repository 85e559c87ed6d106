import Plot

/// The NHS.UK table, with a caption that says what it shows.
struct TableColumn {
    let heading: String
    var numeric: Bool = false
}

func dataTable(
    caption: String, captionSize: String = "m", captionHidden: Bool = false,
    columns: [TableColumn], rows: [[Markup]]
) -> Markup {
    table(caption: caption, captionSize: captionSize, captionHidden: captionHidden, columns: columns, rowCount: rows.count) {
        html, row, column in
        html.raw(rows[row][column].render())
    }
}

/// A table whose cells are all plain text: written straight, without a Plot
/// node for each cell (the theme overview's tables have hundreds).
func dataTable(
    caption: String, captionSize: String = "m", captionHidden: Bool = false,
    columns: [TableColumn], textRows rows: [[String]]
) -> Markup {
    table(caption: caption, captionSize: captionSize, captionHidden: captionHidden, columns: columns, rowCount: rows.count) {
        html, row, column in
        html.text(rows[row][column])
    }
}

private func table(
    caption: String, captionSize: String, captionHidden: Bool, columns: [TableColumn], rowCount: Int,
    cell: (inout HTMLFragment, Int, Int) -> Void
) -> Markup {
    // Written with `HTMLFragment`: tables are the longest part of many pages,
    // and a Plot node for each cell cost more than the data in it.
    var html = HTMLFragment(capacity: 512 + 96 * columns.count * (rowCount + 1))
    // A wide table scrolls sideways on a narrow screen; keyboard users can
    // scroll it only if its container takes focus, so it does, as a named region.
    let captionClass = [
        "nhsuk-table__caption", "nhsuk-table__caption--\(captionSize)", captionHidden ? "nhsuk-u-visually-hidden" : nil,
    ]
    .compactMap { $0 }.joined(separator: " ")
    html.element("div", ("class", "nhsuk-table-container"), ("tabindex", "0"), ("role", "region"), ("aria-label", caption)) {
        html in
        html.element("table", ("class", "nhsuk-table")) { html in
            html.element("caption", ("class", captionClass)) { $0.text(caption) }
            html.element("thead", ("class", "nhsuk-table__head")) { html in
                html.element("tr", ("class", "nhsuk-table__row")) { html in
                    for column in columns {
                        let headerClass =
                            column.numeric ? "nhsuk-table__header nhsuk-table__header--numeric" : "nhsuk-table__header"
                        html.element("th", ("class", headerClass), ("scope", "col")) { $0.text(column.heading) }
                    }
                }
            }
            html.element("tbody", ("class", "nhsuk-table__body")) { html in
                for row in 0..<rowCount {
                    html.element("tr", ("class", "nhsuk-table__row")) { html in
                        for (index, column) in columns.enumerated() {
                            let cellClass = column.numeric ? "nhsuk-table__cell nhsuk-table__cell--numeric" : "nhsuk-table__cell"
                            html.element("td", ("class", cellClass)) { cell(&$0, row, index) }
                        }
                    }
                }
            }
        }
    }
    return html.node
}
