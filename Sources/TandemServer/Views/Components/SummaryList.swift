import Plot

/// The NHS.UK summary list: a key, its value and an optional change link per row.
struct SummaryRow {
    let key: String
    let value: Markup
    var action: (text: String, href: String)? = nil

    init(_ key: String, _ value: Markup, action: (text: String, href: String)? = nil) {
        self.key = key
        self.value = value
        self.action = action
    }

    init(_ key: String, text: String?, empty: String = "Not given", action: (text: String, href: String)? = nil) {
        self.init(
            key, text.flatMap { $0.isEmpty ? nil : Markup.plain($0) } ?? .span(.class("tandem-muted"), .plain(empty)),
            action: action)
    }
}

func summaryList(_ rows: [SummaryRow], border: Bool = true) -> Markup {
    // Written with `HTMLFragment`, as tables are: dashboards and record pages are mostly these.
    let anyActions = rows.contains { $0.action != nil }
    var html = HTMLFragment(capacity: 256 + 256 * rows.count)
    html.element("dl", ("class", border ? "nhsuk-summary-list" : "nhsuk-summary-list nhsuk-summary-list--no-border")) { html in
        for row in rows {
            let rowClass =
                anyActions && row.action == nil
                ? "nhsuk-summary-list__row nhsuk-summary-list__row--no-actions" : "nhsuk-summary-list__row"
            html.element("div", ("class", rowClass)) { html in
                html.element("dt", ("class", "nhsuk-summary-list__key")) { $0.text(row.key) }
                html.element("dd", ("class", "nhsuk-summary-list__value")) { $0.raw(row.value.render()) }
                if let action = row.action {
                    html.element("dd", ("class", "nhsuk-summary-list__actions")) { html in
                        html.link(action.text, href: action.href, hiddenSuffix: row.key.lowercased())
                    }
                }
            }
        }
    }
    return html.node
}
