import Foundation

/// A rule for one kind of value typed into a form: it either returns the value
/// in its standard form, or says in plain English what is wrong.
public protocol FieldRule {
    static func check(_ raw: String) -> Result<String, FieldProblem>
}

/// A plain-English reason why a value was not accepted.
public struct FieldProblem: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

extension String {
    /// The text with leading and trailing white space removed (without Foundation's
    /// NSString bridge, which is slow when called for every field of a large file).
    public var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
