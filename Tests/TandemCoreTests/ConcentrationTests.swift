import Foundation
import TandemCore
import Testing

@Suite struct ConcentrationTests {
    @Test func theBusiestTenthsShareOfAllHours() {
        // 20 people: two gave 30 hours each, eighteen gave 1 hour: the busiest 10% (2 people) gave 60 of 78.
        let hours = [30.0, 30] + Array(repeating: 1.0, count: 18)
        #expect(abs(Concentration.topShare(hours)! - 60.0 / 78.0 * 100) < 1e-9)
        // Evenly spread, the busiest 10% give 10%.
        #expect(abs(Concentration.topShare(Array(repeating: 2.0, count: 30))! - 10) < 1e-9)
        // 11 people: the top 10% rounds up to 2 people.
        #expect(abs(Concentration.topShare([10, 10] + Array(repeating: 1.0, count: 9))! - 20.0 / 29.0 * 100) < 1e-9)
    }

    @Test func fewerThanTenPeopleAreNotSummarised() {
        #expect(Concentration.topShare(Array(repeating: 3.0, count: 9)) == nil)
        #expect(Concentration.topShare(Array(repeating: 3.0, count: 9) + [0, 0, 0]) == nil)
    }

    @Test func theEnglandReferenceAddsUpToTheWhole() {
        #expect(ReferencePopulation.england2021Ethnicity.values.reduce(0, +) == 1_000)
        let headings = Set(EqualityMonitoring.ethnicGroup.options.compactMap(\.group))
        #expect(Set(ReferencePopulation.england2021Ethnicity.keys) == headings)
    }
}
