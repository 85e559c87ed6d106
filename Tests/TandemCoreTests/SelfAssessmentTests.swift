import Foundation
import TandemCore
import Testing

@Suite struct SelfAssessmentTests {
    let statements = SelfAssessment.standardStatements

    @Test func eachSectionScoresFromNothingToEverythingInPlace() {
        let answers: [String: AssessmentLevel] = [
            "younger-members": .notInPlace, "reflects-patients": .starting, "welcoming": .fully, "pcn-link": .fully,
        ]
        let scores = SelfAssessment.sectionScores(answers, statements: statements)
        #expect(scores[.membership] == 44)  // (0 + 1 + 3) of 9
        #expect(scores[.pcn] == 100)
        #expect(scores[.practice] == nil)
    }

    @Test func needsAreRankedByHowManyPPGsHaveNotBegunOrAreStarting() {
        let latest: [[String: AssessmentLevel]] =
            Array(repeating: ["younger-members": .starting, "pcn-link": .notInPlace], count: 31)
            + Array(repeating: ["younger-members": .notInPlace, "pcn-link": .fully], count: 4)
        let needs = SelfAssessment.rankedNeeds(latest, statements: statements)
        #expect(needs.first?.statement.key == "younger-members" && needs.first?.total == 35)
        #expect(needs.first?.sentence == "31 PPGs are starting on: Recruiting younger members (and 4 have not begun)")
        #expect(needs[1].sentence == "31 PPGs have not begun on: We have a link with our Primary Care Network")
        #expect(needs.count == 2)
    }

    @Test func everySectionHasStatementsWithTheirOwnKeys() {
        #expect(Set(statements.map(\.section)) == Set(AssessmentSection.allCases))
        #expect(Set(statements.map(\.key)).count == statements.count)
    }
}
