import Plot

/// A small HTML writer for the parts of pages that repeat (a page of evidence,
/// form fields, the page frame), where building and rendering a Plot node per
/// element costs more than the rest of the request. Everything that is not a
/// fixed tag or attribute name is escaped as `HTMLEscaping` does, exactly as
/// `Node.plain` and `Node.attr` do, and the result joins the page as one raw node.
///
/// It writes bytes rather than appending to a `String`: a page is thousands of
/// small pieces, and each `String` append cost more than copying the piece.
struct HTMLFragment {
    private var bytes: [UInt8] = []

    init(capacity: Int = 1_024) { bytes.reserveCapacity(capacity) }

    var html: String { String(decoding: bytes, as: UTF8.self) }

    var node: Markup { .raw(html) }

    /// `<name attributes>`, what `content` writes, then `</name>`: it always closes what it opens.
    /// Attributes are (name, value) pairs; nil values are left out.
    mutating func element(_ name: StaticString, _ attributes: (StaticString, String?)..., content: (inout HTMLFragment) -> Void) {
        start(name, attributes)
        content(&self)
        close(name)
    }

    /// An element without content or closing tag (`meta`, `link`, `input`, `br`), written `<name attributes/>` as Plot does.
    mutating func void(_ name: StaticString, _ attributes: (StaticString, String?)...) {
        start(name, attributes, selfClosing: true)
    }

    private mutating func start(_ name: StaticString, _ attributes: [(StaticString, String?)], selfClosing: Bool = false) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (attribute, value) in attributes {
            guard let value else { continue }
            bytes.append(UInt8(ascii: " "))
            append(attribute)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            HTMLEscaping.append(value, quotes: true, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        if selfClosing { bytes.append(UInt8(ascii: "/")) }
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func close(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    mutating func text(_ value: String) { HTMLEscaping.append(value, quotes: false, to: &bytes) }

    /// Markup that is already HTML (a rendered component, a fixed piece), added as it is.
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// `<a href>` with an optional visually hidden ending, like `link(_:href:hiddenSuffix:classes:)`.
    mutating func link(_ text: String, href: String, hiddenSuffix: String? = nil, classes: String? = nil) {
        element("a", ("href", href), ("class", classes)) {
            $0.text(text)
            if let hiddenSuffix { $0.element("span", ("class", "nhsuk-u-visually-hidden")) { $0.text(" " + hiddenSuffix) } }
        }
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
