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
        self.init(key, text.flatMap { $0.isEmpty ? nil : Markup.plain($0) } ?? .span(.class("tandem-muted"), .plain(empty)),
                  action: action)
    }
}

func summaryList(_ rows: [SummaryRow], border: Bool = true) -> Markup {
    let anyActions = rows.contains { $0.action != nil }
    return element("dl",
        [.classes("nhsuk-summary-list", border ? nil : "nhsuk-summary-list--no-border")]
        + rows.map { row in
            .div(
                .classes("nhsuk-summary-list__row", anyActions && row.action == nil ? "nhsuk-summary-list__row--no-actions" : nil),
                element("dt", .class("nhsuk-summary-list__key"), .plain(row.key)),
                element("dd", .class("nhsuk-summary-list__value"), row.value),
                row.action.map { action in
                    element("dd", .class("nhsuk-summary-list__actions"),
                            link(action.text, href: action.href, hiddenSuffix: row.key.lowercased()))
                } ?? .empty)
        })
}
