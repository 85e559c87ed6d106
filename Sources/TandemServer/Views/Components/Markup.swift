import Plot

/// Body content: what every component returns and every page is made of.
typealias Markup = Node<HTML.BodyContext>

extension Node {
    /// Text from people or the database, shown exactly as typed. Plot escapes
    /// `<` and `>` but leaves `&...;` sequences alone; escaping `&` first means
    /// someone who types "&copy;" sees "&copy;".
    static func plain(_ text: String) -> Node {
        .text(text.replacingOccurrences(of: "&", with: "&amp;"))
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

enum HTMLEscaping {
    static func attribute(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.count)
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
