import Plot

/// Body content: what every component returns and every page is made of.
typealias Markup = Node<HTML.BodyContext>

extension Node {
    /// Text from people or the database, shown exactly as typed: someone who
    /// types "&copy;" or "<b>" sees just that. Escaped here rather than by Plot,
    /// whose escaping leaves `&...;` alone and builds a string per character.
    static func plain(_ text: String) -> Node {
        .raw(HTMLEscaping.text(text))
    }

    /// An attribute whose value is escaped. Plot writes attribute values as
    /// given, so every value that is not a fixed string must come through here.
    static func attr(_ name: String, _ value: String?) -> Node {
        guard let value else { return .empty }
        return .attribute(named: name, value: HTMLEscaping.attribute(value), ignoreIfValueIsEmpty: false)
    }

    /// A boolean attribute such as `checked` or `hidden`, present only when on.
    static func flag(_ name: String, _ isOn: Bool) -> Node {
        isOn ? .attribute(named: name) : .empty
    }

    static func classes(_ names: String?...) -> Node {
        .attribute(named: "class", value: names.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "))
    }
}

/// Any element by name, for the ones Plot's typed DSL does not offer in the
/// body context (form controls, `dl`, `svg`, `search` ...).
func element(_ name: String, _ nodes: Markup...) -> Markup {
    .element(named: name, nodes: nodes)
}

func element(_ name: String, _ nodes: [Markup]) -> Markup {
    .element(named: name, nodes: nodes)
}

/// An attribute for a void element such as `input`: a value that is escaped,
/// or a boolean attribute that is present or absent.
enum VoidAttribute {
    case value(String, String?)
    case flag(String, Bool)
}

/// A void element (`input`, `img`, `br` ...), with every attribute value escaped.
func voidElement(_ name: String, _ attributes: [VoidAttribute]) -> Markup {
    let rendered: [Attribute<HTML.BodyContext>] = attributes.compactMap { attribute in
        switch attribute {
        case .value(let key, let value?):
            Attribute(name: key, value: HTMLEscaping.attribute(value), ignoreIfValueIsEmpty: false)
        case .flag(let key, true):
            Attribute(name: key, value: nil, ignoreIfValueIsEmpty: false)
        default:
            nil
        }
    }
    return .selfClosedElement(named: name, attributes: rendered)
}

/// Escaping for HTML, by bytes: most text has nothing to escape and is
/// returned as it is, without a copy.
enum HTMLEscaping {
    /// For text between tags.
    static func text(_ value: String) -> String { escape(value, quotes: false) }

    /// For attribute values (always written in double quotes).
    static func attribute(_ value: String) -> String { escape(value, quotes: true) }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var value = value
        let clean = value.withUTF8 { bytes in !bytes.contains { isSpecial($0, quotes: quotes) } }
        guard !clean else { return value }
        var result = [UInt8]()
        result.reserveCapacity(value.utf8.count + 16)
        append(value, quotes: quotes, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends `value`, escaped, to `bytes`. Scanned over the string's own
    /// bytes: a page escapes every piece of text it shows, and stepping through
    /// `utf8` a byte a call was a tenth of a search page.
    static func append(_ value: String, quotes: Bool, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { source in
            guard let first = source.firstIndex(where: { isSpecial($0, quotes: quotes) }) else {
                bytes.append(contentsOf: source)
                return
            }
            var start = 0
            for index in first..<source.count where isSpecial(source[index], quotes: quotes) {
                let byte = source[index]
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
                switch byte {
                case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
                default: bytes.append(contentsOf: "&#39;".utf8)
                }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
        }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8, quotes: Bool) -> Bool {
        // Every special byte is below "?": one comparison passes letters and most punctuation.
        guard byte < UInt8(ascii: "?") else { return false }
        return byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
    }
}
