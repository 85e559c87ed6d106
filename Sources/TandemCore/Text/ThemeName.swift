import Foundation

/// A codebook theme's name, wherever it is typed: the codebook page, or a new theme while coding.
public enum ThemeName {
    public static let maximum = 100

    public static func check(_ raw: String?) -> Result<String, FieldProblem> {
        guard let name = raw?.trimmed, !name.isEmpty else { return .failure(FieldProblem("Enter the theme's name")) }
        guard name.count <= maximum else {
            return .failure(FieldProblem("A theme's name must be \(maximum) characters or fewer"))
        }
        return .success(name)
    }

    /// Whether `name` is already taken in the codebook (names are compared ignoring case).
    public static func isTaken(_ name: String, by names: some Sequence<String>) -> Bool {
        names.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }
}
