import Plot

enum ButtonStyle: String {
    case primary = ""
    case secondary = "nhsuk-button--secondary"
    case warning = "nhsuk-button--warning"
    case reverse = "nhsuk-button--reverse"
}

enum Buttons {
    /// A submit button for the form it sits in.
    static func submit(
        _ text: String, style: ButtonStyle = .primary, name: String? = nil, value: String? = nil,
        small: Bool = false
    ) -> Markup {
        element(
            "button",
            .classes("nhsuk-button", style.rawValue, small ? "nhsuk-button--small" : nil),
            .attr("data-module", "nhsuk-button"), .attr("type", "submit"),
            .attr("name", name), .attr("value", value),
            .plain(text))
    }

    /// A link that looks like a button, for actions that open a page (such as "Add an organisation").
    static func link(_ text: String, href: String, style: ButtonStyle = .primary) -> Markup {
        element(
            "a",
            .classes("nhsuk-button", style.rawValue), .attr("data-module", "nhsuk-button"),
            .attr("href", href), .attr("role", "button"), .attr("draggable", "false"),
            .plain(text))
    }

    static func group(_ buttons: Markup...) -> Markup {
        .div(.class("nhsuk-button-group"), .group(buttons))
    }
}

/// A form that posts to `action` with the CSRF token, wrapping its content.
func postForm(action: String, csrf: String, novalidate: Bool = true, _ content: Markup...) -> Markup {
    postForm(action: action, csrf: csrf, novalidate: novalidate, content)
}

func postForm(action: String, csrf: String, novalidate: Bool = true, _ content: [Markup]) -> Markup {
    // novalidate: the server checks every field and explains problems in the
    // NHS.UK style; the browser's own bubbles would skip that.
    element(
        "form",
        [.attr("method", "post"), .attr("action", action), .flag("novalidate", novalidate), FormField.csrf(csrf)] + content)
}

/// A form that sends a file: the body streams to disk and is not read ahead, so the CSRF
/// token travels in the address (`UploadReceiver`).
func uploadForm(action: SiteURL, csrf: String, _ content: Markup...) -> Markup {
    element(
        "form",
        [
            .attr("method", "post"), .attr("action", action.path(query: [("_csrf", csrf)])),
            .attr("enctype", "multipart/form-data"), .flag("novalidate", true),
        ] + content)
}

/// A GET form, for search and filters.
func getForm(action: String, _ content: Markup...) -> Markup {
    element("form", [.attr("method", "get"), .attr("action", action), .attr("role", "search")] + content)
}

/// An ordinary link; `href` may carry a query, so it is escaped.
func link(_ text: String, href: String, hiddenSuffix: String? = nil, classes: String? = nil) -> Markup {
    element(
        "a",
        .attr("href", href), .attr("class", classes),
        .plain(text),
        hiddenSuffix.map { .span(.class("nhsuk-u-visually-hidden"), .plain(" \($0)")) } ?? .empty)
}
