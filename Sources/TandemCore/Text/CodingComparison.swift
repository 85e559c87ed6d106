/// Two or more people's codings of the same comment side by side: where they
/// agree, where they differ, and what a settled coding may contain. A settled
/// coding keeps themes at least one coder gave (people agree between what they
/// said; a new theme is a new coding, not a settlement), so the independent
/// codings stay as they were for measuring agreement.
public struct CodingComparison<Theme: Hashable & Sendable, Coder: Hashable & Sendable>: Sendable {
    public struct Coding: Sendable {
        public let coder: Coder
        public let themes: Set<Theme>
        public let sentiment: SentimentClass

        public init(coder: Coder, themes: Set<Theme>, sentiment: SentimentClass) {
            self.coder = coder
            self.themes = themes
            self.sentiment = sentiment
        }
    }

    public let codings: [Coding]

    public init(_ codings: [Coding]) { self.codings = codings }

    /// Themes every coder gave.
    public var agreedThemes: Set<Theme> {
        guard let first = codings.first else { return [] }
        return codings.dropFirst().reduce(first.themes) { $0.intersection($1.themes) }
    }

    /// Themes someone gave: the choices for a settled coding.
    public var givenThemes: Set<Theme> { codings.reduce(into: Set<Theme>()) { $0.formUnion($1.themes) } }

    /// Themes some coders gave and others did not.
    public var disputedThemes: Set<Theme> { givenThemes.subtracting(agreedThemes) }

    /// The sentiment everyone chose, or nil when they differ.
    public var agreedSentiment: SentimentClass? {
        let chosen = Set(codings.map(\.sentiment))
        return chosen.count == 1 ? chosen.first : nil
    }

    /// Coders disagree when at least two coded it and their themes or sentiment differ.
    public var disagrees: Bool { codings.count >= 2 && (!disputedThemes.isEmpty || agreedSentiment == nil) }

    /// Why a proposed settlement cannot stand, in plain English; nil when it can.
    public func problem(settlingOn themes: Set<Theme>) -> String? {
        if themes.isEmpty { return "Choose at least one theme for the agreed coding" }
        if !themes.isSubset(of: givenThemes) { return "The agreed coding can only use themes one of the coders gave" }
        return nil
    }
}
