import Foundation
import TandemCore
import Testing

/// The chart's story on known series: hours waiting for medicines to take home, which
/// fell from about 4.3 to 2.8 hours when a pharmacist joined the ward on 19 September.
@Suite("What an SPC chart says")
struct XmRChartStoryTests {
    static let before: [Double] = [4.2, 4.4, 4.3, 4.5, 4.1, 4.3, 4.4, 4.2, 4.3, 4.4, 4.2, 4.3]  // mean 4.3
    static let after: [Double] = [2.9, 2.7, 2.8, 2.8, 2.9, 2.7, 2.8, 2.9, 2.7, 2.8, 2.8, 2.9, 2.7, 2.8]  // mean 2.8
    static let values = before + after
    /// Weekly from Friday 27 June 2025, so the 13th value is 19 September 2025.
    static let periods = (0..<values.count).map { Date(timeIntervalSince1970: 1_750_982_400 + Double($0) * 7 * 86_400) }

    @Test func afterRecalculatingAtTheChangeThePhaseChangeIsTheHeadline() {
        let chart = XmRChart(values: Self.values, direction: .lowerIsBetter, target: 3, recalculateFrom: [12])
        let change = try! #require(chart.phaseChange)
        #expect(XmRChart.rounded(change.fromMean) == "4.3" && XmRChart.rounded(change.toMean) == "2.8")
        #expect(change.side == .low && change.assessment == .improving)
        let headline = chart.headline(periods: Self.periods, unit: "hours")
        #expect(headline.hasPrefix("A shift down from 4.3 to 2.8 hours after the change on 19 September 2025, an improvement."))
        #expect(!headline.contains("no significant change"))
        // Each phase judged on its own: neither shows special cause within itself.
        #expect(chart.variation(ofPhase: 0) == .commonCause && chart.variation(ofPhase: 1) == .commonCause)
        // The new phase's limits straddle the target of 3 hours: hit and miss.
        #expect(chart.assurance == .hitAndMiss)
    }

    @Test func beforeRecalculatingTheBaselineIsNotColouredAsWorse() {
        let chart = XmRChart(values: Self.values, direction: .lowerIsBetter)
        // The latest values are a shift down: the suggestion is to recalculate where it began.
        #expect(chart.suggestedRecalculation == 12)
        let baseline = chart.points.prefix(12).map { chart.assessment(of: $0) }
        #expect(baseline.allSatisfy { $0 == .beforeChange })
        #expect(chart.points.suffix(14).allSatisfy { chart.assessment(of: $0) == .improving })
        let headline = chart.headline(periods: Self.periods, unit: "hours")
        #expect(headline.hasPrefix("The latest 14 values are all below the mean, since 19 September 2025."))
    }

    @Test func aChartWithoutAChangeSaysItsVariation() {
        let steady: [Double] = [10, 11, 9, 10, 11, 10, 9, 10, 11, 9, 10, 11]
        let chart = XmRChart(values: steady, direction: .higherIsBetter)
        #expect(chart.phaseChange == nil && chart.suggestedRecalculation == nil)
        #expect(chart.headline(periods: Self.periods, unit: "") == "Common cause variation: no significant change.")
        // A rise after a steady period, on one phase, with no earlier run the other way: no suggestion.
        let rising = XmRChart(values: steady + [13, 13, 12, 14, 13, 12, 13], direction: .higherIsBetter)
        #expect(rising.points.last?.rules.contains(.shift) == true)
        #expect(rising.points.prefix(12).allSatisfy { rising.assessment(of: $0) != .concerning })
    }

    @Test func meansAreRoundedToOneDecimalPlace() {
        #expect(XmRChart.rounded(4.3333) == "4.3" && XmRChart.rounded(2.0) == "2" && XmRChart.rounded(2.96) == "3")
    }
}

@Suite("Round axis values")
struct AxisScaleTests {
    @Test func anAxisRunsInRoundStepsAroundTheValues() {
        let hours = AxisScale(covering: 2.43, 4.71)
        #expect(hours.step == 1 && hours.low == 2 && hours.high == 5)
        #expect(hours.values.map(hours.label) == ["2", "3", "4", "5"])
        let tight = AxisScale(covering: 2.62, 3.05)
        #expect(tight.values.map(tight.label) == ["2.6", "2.8", "3.0", "3.2"])
        let counts = AxisScale(covering: 0, 1_870)
        #expect(counts.step == 500 && counts.values.map(counts.label) == ["0", "500", "1,000", "1,500", "2,000"])
        let percent = AxisScale(covering: 61.2, 88.9)
        #expect(percent.values.map(percent.label) == ["60", "70", "80", "90"])
    }

    @Test func aFlatSeriesStillHasAnAxis() {
        let flat = AxisScale(covering: 7, 7)
        #expect(flat.low < 7 && flat.high > 7 && flat.values.count >= 2)
    }
}
