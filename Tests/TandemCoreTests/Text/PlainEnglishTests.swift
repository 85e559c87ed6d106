import TandemCore
import Testing

@Suite("Plain English")
struct PlainEnglishTests {
    @Test func aVerySimpleSentenceScoresAsVeryEasy() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 × 6 - 84.6 × 1 = 116.1
        let score = Readability.score("The cat sat on the mat.")
        #expect(score.words == 6 && score.sentences == 1 && score.syllables == 6)
        #expect(score.fleschReadingEase == 116.1)
        #expect(score.summary == "Easy to read")
    }

    @Test func officialPlainEnglishReadsHarderThanPlainEnglish() {
        let jargon = Readability.score(
            "Utilisation of multidisciplinary interventions necessitates comprehensive organisational prioritisation.")
        let plain = Readability.score("We will ask the whole team to help. We will start with the most urgent things.")
        #expect(jargon.fleschReadingEase < 0)
        #expect(plain.fleschReadingEase > 70)
        #expect(jargon.readingAge > plain.readingAge)
    }

    @Test(arguments: [
        ("the", 1), ("table", 2), ("beautiful", 3), ("hospital", 3), ("appointment", 3), ("waited", 2), ("care", 1),
    ])
    func syllablesAreCountedByVowelGroups(word: String, expected: Int) {
        #expect(Readability.score(word).syllables == expected)
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(Readability.score("Dr. Patel saw me. It was fine.").sentences == 2)
    }

    @Test func jargonAndAcronymsAreFlaggedWithPlainerWords() {
        let findings = Jargon.find(
            in: "The ICB will facilitate co-production across the patient pathway. DNA rates fell; the dna test is not jargon.")
        let terms = findings.map(\.term)
        #expect(terms.contains("ICB") && terms.contains("facilitate"))
        // Co-production is what Tandem is for: its own word is not jargon to the people using it.
        #expect(!terms.contains("co-production"))
        #expect(terms.contains("patient pathway") && !terms.contains("pathway"), "the longer phrase wins")
        #expect(findings.first { $0.term == "DNA" }?.count == 1, "acronyms match only in capitals")
        #expect(findings.first { $0.term == "facilitate" }?.suggestion == "help")
    }

    @Test func theReportListsLongSentences() {
        let long = Array(repeating: "word", count: 30).joined(separator: " ") + "."
        let report = PlainEnglishReport.check("Short one. " + long)
        #expect(report.longSentences.count == 1)
    }
}
