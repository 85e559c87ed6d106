import Plot

/// A small HTML writer for long repeated lists (a page of evidence), where
/// building and rendering a Plot node per element costs more than the rest of
/// the request. Everything that is not a fixed tag or attribute name goes
/// through `HTMLEscaping`, exactly as `Node.plain` and `Node.attr` do, and the
/// result joins the page as one raw node.
struct HTMLFragment {
    private(set) var html = ""

    init(capacity: Int = 1_024) { html.reserveCapacity(capacity) }

    /// Opens `name` with attributes, given as (name, value) pairs; nil values are left out.
    mutating func open(_ name: StaticString, _ attributes: (StaticString, String?)...) {
        html += "<\(name)"
        for (attribute, value) in attributes {
            guard let value else { continue }
            html += " \(attribute)=\"\(HTMLEscaping.attribute(value))\""
        }
        html += ">"
    }

    mutating func close(_ name: StaticString) { html += "</\(name)>" }

    mutating func text(_ value: String) { html += HTMLEscaping.text(value) }

    /// `<a href>` with an optional visually hidden ending, like `link(_:href:hiddenSuffix:classes:)`.
    mutating func link(_ text: String, href: String, hiddenSuffix: String? = nil, classes: String? = nil) {
        open("a", ("href", href), ("class", classes))
        self.text(text)
        if let hiddenSuffix {
            open("span", ("class", "nhsuk-u-visually-hidden"))
            self.text(" " + hiddenSuffix)
            close("span")
        }
        close("a")
    }

    var node: Markup { .raw(html) }
}
