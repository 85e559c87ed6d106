import Foundation

/// How easy a text is to read: Flesch reading ease (higher is easier; 60 to
/// 70 is plain English) and an approximate UK reading age from the
/// Flesch-Kincaid grade (US school grade plus five years).
public struct ReadabilityScore: Codable, Sendable, Equatable {
    public let sentences: Int
    public let words: Int
    public let syllables: Int
    public let fleschReadingEase: Double
    public let readingAge: Double

    public var averageSentenceLength: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

    /// A plain-English verdict for authors.
    public var summary: String {
        switch fleschReadingEase {
        case 70...: "Easy to read"
        case 60..<70: "Plain English"
        case 50..<60: "Fairly hard to read"
        case 30..<50: "Hard to read"
        default: "Very hard to read"
        }
    }
}

public enum Readability {
    public static func score(_ text: String) -> ReadabilityScore {
        let sentenceList = sentences(in: text)
        let wordList = sentenceList.flatMap(words(in:))
        let syllableCount = wordList.reduce(0) { $0 + syllables(in: $1) }
        guard !wordList.isEmpty else {
            return ReadabilityScore(sentences: 0, words: 0, syllables: 0, fleschReadingEase: 0, readingAge: 0)
        }
        let wordsPerSentence = Double(wordList.count) / Double(max(1, sentenceList.count))
        let syllablesPerWord = Double(syllableCount) / Double(wordList.count)
        let ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
        let grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
        return ReadabilityScore(
            sentences: sentenceList.count, words: wordList.count, syllables: syllableCount,
            fleschReadingEase: (ease * 10).rounded() / 10, readingAge: max(5, (grade + 5) * 10).rounded() / 10)
    }

    /// Sentences end at . ! ? or a line break; "Dr." and "e.g." do not end one.
    static func sentences(in text: String) -> [String] {
        let abbreviations: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "e.g", "i.e", "etc", "no", "st", "approx"]
        var result: [String] = []
        var current = ""
        for character in text {
            if character == "\n" {
                if !current.trimmed.isEmpty { result.append(current.trimmed) }
                current = ""
                continue
            }
            current.append(character)
            if ".!?".contains(character) {
                let lastWord = current.dropLast().split(separator: " ").last.map { String($0).lowercased() } ?? ""
                if character == "." && abbreviations.contains(lastWord) { continue }
                if !current.trimmed.isEmpty && current.contains(where: \.isLetter) { result.append(current.trimmed) }
                current = ""
            }
        }
        if current.contains(where: \.isLetter) { result.append(current.trimmed) }
        return result
    }

    static func words(in sentence: String) -> [String] {
        sentence.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-") }
            .map(String.init).filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }
    }

    /// Syllables by vowel groups, with the usual English corrections (silent
    /// final "e", "-le" endings, "-ed" after most consonants). Approximate, as
    /// every readability formula is.
    static func syllables(in word: String) -> Int {
        let w = word.lowercased().filter { $0.isLetter }
        guard !w.isEmpty else { return 1 }
        if w.count <= 3 { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in w {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if w.hasSuffix("e") && !w.hasSuffix("le") && !w.hasSuffix("ee") && count > 1 { count -= 1 }
        if w.hasSuffix("ed") && !w.hasSuffix("ted") && !w.hasSuffix("ded") && count > 1 { count -= 1 }
        if w.hasSuffix("es") && !w.hasSuffix("ses") && !w.hasSuffix("ces") && !w.hasSuffix("ges") && count > 1 { count -= 1 }
        return max(1, count)
    }
}
