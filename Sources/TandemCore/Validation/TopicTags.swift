import Foundation

/// Topic tags typed into one box, separated by commas or new lines ("PPG support, Accessibility"):
/// each trimmed, spaces inside made single, the same tag typed twice (in any case) kept once,
/// at most `maximumCount` of at most `maximumLength` characters.
public enum TopicTags {
    public static let maximumCount = 8
    public static let maximumLength = 40

    public static func parse(_ raw: String?) -> Result<[String], FieldProblem> {
        var tags: [String] = []
        var seen: Set<String> = []
        for piece in (raw ?? "").split(whereSeparator: { $0 == "," || $0.isNewline }) {
            let tag = piece.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !tag.isEmpty else { continue }
            guard tag.count <= maximumLength else {
                return .failure(
                    FieldProblem("Each topic must be \(maximumLength) characters or fewer: shorten \"\(tag.prefix(20))...\""))
            }
            if seen.insert(tag.lowercased()).inserted { tags.append(tag) }
        }
        guard tags.count <= maximumCount else {
            return .failure(FieldProblem("Give at most \(maximumCount) topics; you gave \(tags.count)"))
        }
        return .success(tags)
    }

    /// The tags as they are shown in the box again.
    public static func text(_ tags: [String]) -> String { tags.joined(separator: ", ") }
}
