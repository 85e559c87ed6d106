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
    /// The text with leading and trailing white space removed.
    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
