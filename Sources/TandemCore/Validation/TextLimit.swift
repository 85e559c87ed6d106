/// How long free text typed into a form may be. Every text field has a limit,
/// so that nobody can store a megabyte in a title that every page then shows.
public enum TextLimit {
    /// Names and titles: one line.
    public static let title = 200
    /// A sentence or two: a reason, a short note, a link.
    public static let short = 2_000
    /// Notes and descriptions.
    public static let long = 20_000

    /// A plain-English problem when `text` is longer than `maximum` characters.
    public static func check(_ text: String?, maximum: Int, name: String) -> FieldProblem? {
        guard let text, text.count > maximum else { return nil }
        return FieldProblem("\(name) must be \(maximum.commaGrouped) characters or fewer")
    }
}
