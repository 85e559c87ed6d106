import Foundation

/// Keeps partners who have not agreed to be named out of text that Tandem publishes or
/// reports. The team list names a partner only with their consent; the same rule holds
/// for names typed into free text (an involvement plan's "who", a summary, a finding),
/// so each mention is replaced by what the team list says instead ("a patient partner").
public struct NamingConsent: Sendable {
    /// Someone who must not be named, the names they may be mentioned by, and what to say instead.
    public struct Unnamed: Sendable {
        public let name: String
        public let preferredName: String?
        public let description: String

        public init(name: String, preferredName: String?, description: String) {
            self.name = name
            self.preferredName = preferredName
            self.description = description
        }

        /// The full name, the preferred name, and the first name, longest first so that
        /// "Maggie Ellison" is replaced whole rather than leaving "Ellison" behind.
        var mentions: [String] {
            let first = name.split(separator: " ").first.map(String.init)
            return Set(
                [name, preferredName, first].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 1 }
            )
            .sorted { ($0.count, $0) > ($1.count, $1) }
        }
    }

    private let rules: [(pattern: NSRegularExpression, description: String)]

    public init(_ people: [Unnamed]) {
        // Longest names first across everyone, so one person's full name wins over another's first name.
        let mentions = people.flatMap { person in person.mentions.map { ($0, person.description) } }
            .sorted { $0.0.count > $1.0.count }
        rules = mentions.compactMap { mention, description in
            // Whole words only, as written (names are capitalised: "May" the name, not "may").
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: mention) + "(?![\\p{L}\\p{N}])"
            return (try? NSRegularExpression(pattern: pattern)).map { ($0, description) }
        }
    }

    public var isEmpty: Bool { rules.isEmpty }

    /// The text with every mention of an unnamed person replaced by their description,
    /// capitalised at the start of a sentence.
    public func apply(_ text: String) -> String {
        guard !rules.isEmpty, !text.isEmpty else { return text }
        var result = text
        for rule in rules {
            let matches = rule.pattern.matches(in: result, range: NSRange(result.startIndex..., in: result))
            for match in matches.reversed() {
                guard let range = Range(match.range, in: result) else { continue }
                let before = result[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let startsSentence = before.isEmpty || [".", "!", "?", ":", "\n"].contains(before.last.map(String.init) ?? "")
                let replacement =
                    startsSentence ? rule.description.prefix(1).uppercased() + rule.description.dropFirst() : rule.description
                result.replaceSubrange(range, with: replacement)
            }
        }
        return result
    }
}
