import Plot

/// The NHS.UK table, with a caption that says what it shows.
struct TableColumn {
    let heading: String
    var numeric: Bool = false
}

func dataTable(caption: String, captionSize: String = "m", captionHidden: Bool = false,
               columns: [TableColumn], rows: [[Markup]]) -> Markup {
    // A wide table scrolls sideways on a narrow screen; keyboard users can
    // scroll it only if its container takes focus, so it does, as a named region.
    .div(
        .class("nhsuk-table-container"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-label", caption),
        .table(
            .class("nhsuk-table"),
            .caption(.classes("nhsuk-table__caption", "nhsuk-table__caption--\(captionSize)",
                              captionHidden ? "nhsuk-u-visually-hidden" : nil), .plain(caption)),
            .thead(
                .class("nhsuk-table__head"),
                .tr(.class("nhsuk-table__row"),
                    .forEach(columns) { column in
                        .th(.classes("nhsuk-table__header", column.numeric ? "nhsuk-table__header--numeric" : nil),
                            .attr("scope", "col"), .plain(column.heading))
                    })),
            .tbody(
                .class("nhsuk-table__body"),
                .forEach(rows) { cells in
                    .tr(.class("nhsuk-table__row"),
                        .forEach(Array(zip(columns, cells))) { column, cell in
                            .td(.classes("nhsuk-table__cell", column.numeric ? "nhsuk-table__cell--numeric" : nil), cell)
                        })
                })))
}
