import Plot

/// The NHS.UK error summary: at the top of the page, linking to each field.
func errorSummary(_ errors: FormErrors) -> Markup {
    guard !errors.isEmpty else { return .empty }
    return .div(
        .class("nhsuk-error-summary"), .attr("data-module", "nhsuk-error-summary"),
        .div(
            .attr("role", "alert"),
            .h2(.class("nhsuk-error-summary__title"), "There is a problem"),
            .div(
                .class("nhsuk-error-summary__body"),
                .ul(
                    .class("nhsuk-list nhsuk-error-summary__list"),
                    .forEach(errors.items) { item in
                        .li(element("a", .attr("href", "#\(item.field)"), .plain(item.message)))
                    }
                )
            )
        )
    )
}
