/// Marks the words of a text that a search matched, so a reader sees why it was found.
/// The search stems words (Porter), so a word matches a term when both have the
/// same stem: "waiting" and "waited" for "wait", but not "Waitrose".
public enum Highlight {
    public struct Segment: Equatable, Sendable {
        public let text: String
        public let isMatch: Bool

        public init(_ text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public static func segments(_ text: String, terms: [String]) -> [Segment] {
        let stems = terms.map { stem($0.lowercased()) }.filter { $0.count >= 2 }
        guard !stems.isEmpty else { return [Segment(text, isMatch: false)] }
        var segments: [Segment] = []
        var plain = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                plain.append(text[index])
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex && isWordCharacter(text[end]) { end = text.index(after: end) }
            let word = String(text[index..<end])
            let lowered = word.lowercased()
            if stems.contains(stem(lowered)) {
                if !plain.isEmpty { segments.append(Segment(plain, isMatch: false)) }
                plain = ""
                segments.append(Segment(word, isMatch: true))
            } else {
                plain += word
            }
            index = end
        }
        if !plain.isEmpty { segments.append(Segment(plain, isMatch: false)) }
        return segments
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// A light stem: common English endings taken off, never below three letters.
    static func stem(_ word: String) -> String {
        for ending in ["ing", "ed", "es", "s", "ly"] where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
