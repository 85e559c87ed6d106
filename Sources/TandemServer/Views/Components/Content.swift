import Plot
import TandemCore

/// Small NHS.UK content components.
enum Blocks {
    static func heading(_ text: String, caption: String? = nil, level: Int = 1, size: String = "l") -> Markup {
        let captionNode: Markup =
            caption.map {
                .span(
                    .class("nhsuk-caption-\(size == "xl" ? "xl" : "l")"), .plain($0),
                    .span(.class("nhsuk-u-visually-hidden"), " - "))
            } ?? .empty
        return element("h\(level)", .class("nhsuk-heading-\(size)"), captionNode, .plain(text))
    }

    static func paragraph(_ text: String, classes: String? = nil) -> Markup {
        element("p", .attr("class", classes), .plain(text))
    }

    static func lead(_ text: String) -> Markup {
        element("p", .class("nhsuk-body-l"), .plain(text))
    }

    static func inset(_ content: Markup...) -> Markup {
        .div(.class("nhsuk-inset-text"), .span(.class("nhsuk-u-visually-hidden"), "Information: "), .group(content))
    }

    static func warning(_ heading: String, level: Int = 2, _ content: Markup...) -> Markup {
        .div(
            .class("nhsuk-warning-callout"),
            element(
                "h\(level)", .class("nhsuk-warning-callout__label"),
                .span(.attr("role", "text"), .span(.class("nhsuk-u-visually-hidden"), "Important: "), .plain(heading))),
            .group(content))
    }

    static func tag(_ text: String, colour: String? = nil) -> Markup {
        element("strong", .classes("nhsuk-tag", colour.map { "nhsuk-tag--\($0)" }), .plain(text))
    }

    static func bulletList(_ items: [String]) -> Markup {
        .ul(.class("nhsuk-list nhsuk-list--bullet"), .forEach(items) { .li(.plain($0)) })
    }

    /// A success message shown once after an action ("Organisation saved").
    static func successBanner(_ message: String) -> Markup {
        .div(
            .class("nhsuk-notification-banner nhsuk-notification-banner--success"),
            .attr("role", "alert"), .attr("aria-labelledby", "notification-banner-title"),
            .attr("data-module", "nhsuk-notification-banner"),
            .div(
                .class("nhsuk-notification-banner__header"),
                .h2(.class("nhsuk-notification-banner__title"), .id("notification-banner-title"), "Success")),
            .div(
                .class("nhsuk-notification-banner__content"),
                .p(.class("nhsuk-notification-banner__heading"), .plain(message))))
    }

    static func card(heading: String, href: String?, description: String? = nil, extra: Markup = .empty) -> Markup {
        .div(
            .classes("nhsuk-card", href == nil ? nil : "nhsuk-card--clickable"),
            .div(
                .class("nhsuk-card__content"),
                .h2(
                    .class("nhsuk-card__heading nhsuk-heading-m"),
                    href.map { link(heading, href: $0, classes: "nhsuk-card__link") } ?? .plain(heading)),
                description.map { .p(.class("nhsuk-card__description"), .plain($0)) } ?? .empty,
                extra))
    }

    /// The NHS.UK details component: a summary that opens to show more.
    static func details(_ summary: String, _ content: Markup...) -> Markup {
        element(
            "details",
            .class("nhsuk-details"),
            element(
                "summary", .class("nhsuk-details__summary"),
                .span(.class("nhsuk-details__summary-text"), .plain(summary))),
            .div(.class("nhsuk-details__text"), .group(content)))
    }

    static func backLink(_ text: String = "Back", href: String) -> Markup {
        link(text, href: href, classes: "nhsuk-back-link")
    }
}

extension Blocks {
    /// The footnote under a table with a withheld figure (see `DisclosureControl.Cell.withheld`).
    static func withheldNote(_ cells: [DisclosureControl.Cell]) -> Markup {
        DisclosureControl.needsWithheldNote(cells) ? paragraph(DisclosureControl.withheldNote, classes: "nhsuk-body-s") : .empty
    }
}
