import TandemCore
import Testing

/// Known series whose limits and signals were worked out independently
/// (by hand and with a separate script) from Making Data Count's definitions.
@Suite("SPC: XmR charts and the Making Data Count rules")
struct XmRChartTests {
    private func flagged(_ chart: XmRChart) -> [Int: Set<SpecialCauseRule>] {
        Dictionary(uniqueKeysWithValues: chart.points.filter(\.isSpecialCause).map { ($0.index, $0.rules) })
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.0005 }

    @Test func limitsAreTheMeanPlusOrMinus266MeanMovingRanges() {
        // given a series with no special cause
        let chart = XmRChart(values: [10, 11, 9, 10, 11, 10, 9, 10, 11, 9, 10, 11], direction: .higherIsBetter)
        // then
        let phase = chart.phases[0]
        #expect(close(phase.mean, 10.0833) && close(phase.meanMovingRange, 1.1818))
        #expect(close(phase.upperLimit, 13.2270) && close(phase.lowerLimit, 6.9397))
        #expect(close(phase.upperTwoSigma, 12.1791) && close(phase.lowerTwoSigma, 7.9876))
        #expect(flagged(chart).isEmpty)
        #expect(chart.points[0].movingRange == nil && chart.points[1].movingRange == 1)
        #expect(chart.variation == .commonCause)
        #expect(!chart.hasStableLimits)
    }

    @Test func rule1APointBeyondTheLimits() {
        let chart = XmRChart(values: [10, 12, 11, 13, 9, 11, 10, 12, 9, 30, 11, 12, 10, 13, 9], direction: .lowerIsBetter)
        #expect(close(chart.phases[0].upperLimit, 24.8633) && close(chart.phases[0].lowerLimit, -0.5967))
        #expect(flagged(chart) == [9: [.outsideLimits]])
        #expect(chart.points[9].side == .high)
        // The latest point is ordinary, so the icon shows common cause.
        #expect(chart.variation == .commonCause)
    }

    @Test func rule2ARunOfSevenOnOneSideOfTheMean() {
        let chart = XmRChart(values: [10, 11, 9, 10, 12, 8, 10, 13, 13, 12, 13, 14, 12, 13], direction: .higherIsBetter)
        #expect(close(chart.phases[0].mean, 11.4286))
        #expect(flagged(chart) == Dictionary(uniqueKeysWithValues: (7...13).map { ($0, [SpecialCauseRule.shift]) }))
        #expect(chart.variation == .improvingHigh)
    }

    @Test func aRunOfSixIsNotAShift() {
        let chart = XmRChart(values: [10, 11, 9, 10, 12, 8, 10, 9, 13, 13, 12, 13, 14, 12], direction: .higherIsBetter)
        #expect(!chart.points.contains { $0.rules.contains(.shift) })
    }

    @Test func rule3SevenPointsGoingUp() {
        let chart = XmRChart(
            values: [10, 12, 9, 11, 10, 9, 9.5, 10, 10.5, 11, 11.5, 12, 11, 10, 9],
            direction: .lowerIsBetter)
        #expect(flagged(chart) == Dictionary(uniqueKeysWithValues: (5...11).map { ($0, [SpecialCauseRule.trend]) }))
        #expect(chart.points[11].side == .high)
    }

    @Test func sevenPointsGoingDownAreATrendAndAnEqualValueBreaksIt() {
        let falling = XmRChart(values: [20, 19, 18, 17, 16, 15, 14], direction: .lowerIsBetter)
        #expect(falling.points.allSatisfy { $0.rules.contains(.trend) })
        #expect(falling.points[6].side == .low)
        #expect(falling.variation == .improvingLow)
        let flat = XmRChart(values: [20, 19, 18, 18, 17, 16, 15, 14], direction: .lowerIsBetter)
        #expect(!flat.points.contains { $0.rules.contains(.trend) })
    }

    @Test func rule4TwoOfThreeBeyondTwoSigmaOnOneSide() {
        let high = XmRChart(values: [10, 11, 9, 10, 11, 10, 9, 10, 13.9, 11, 14.1, 10, 9, 10, 11], direction: .neither)
        #expect(close(high.phases[0].upperTwoSigma, 13.7667) && close(high.phases[0].upperLimit, 15.35))
        #expect(flagged(high) == [8: [.twoOfThreeNearLimit], 10: [.twoOfThreeNearLimit]])
        #expect(high.points[10].side == .high)
        let low = XmRChart(values: [10, 11, 9, 10, 11, 10, 9, 10, 6.0, 9.5, 5.8, 10, 11, 10, 9], direction: .neither)
        #expect(flagged(low) == [8: [.twoOfThreeNearLimit], 10: [.twoOfThreeNearLimit]])
        #expect(low.points[8].side == .low)
    }

    @Test func recalculatingFromAPointGivesEachPhaseItsOwnLimits() {
        // given a process that stepped down when something changed at point 10
        let values: [Double] = [20, 22, 21, 23, 22, 21, 20, 22, 21, 23, 15, 14, 16, 15, 14, 15, 16, 14]
        let single = XmRChart(values: values, direction: .lowerIsBetter)
        #expect(single.points.allSatisfy { $0.rules.contains(.shift) })
        // when the chart is recalculated from the change
        let split = XmRChart(values: values, direction: .lowerIsBetter, target: 17, recalculateFrom: [10])
        // then the new phase has its own limits and no signals
        #expect(split.phases.count == 2)
        #expect(split.phases[1].firstIndex == 10 && split.phases[1].count == 8)
        #expect(close(split.phases[1].mean, 14.875) && close(split.phases[1].upperLimit, 18.295))
        #expect(split.points[10].movingRange == nil)
        #expect(flagged(split).isEmpty)
        #expect(split.variation == .commonCause)
        // A target of 17 sits inside the new limits (11.455 to 18.295): hit and miss.
        #expect(split.assurance == .hitAndMiss)
    }

    @Test func assuranceComparesTheTargetWithTheLimits() {
        let values: [Double] = [10, 11, 9, 10, 11, 10, 9, 10, 11, 9, 10, 11]  // limits 6.94 to 13.23
        #expect(XmRChart(values: values, direction: .higherIsBetter, target: 6).assurance == .consistentlyPasses)
        #expect(XmRChart(values: values, direction: .higherIsBetter, target: 14).assurance == .consistentlyFails)
        #expect(XmRChart(values: values, direction: .lowerIsBetter, target: 14).assurance == .consistentlyPasses)
        #expect(XmRChart(values: values, direction: .lowerIsBetter, target: 6).assurance == .consistentlyFails)
        #expect(XmRChart(values: values, direction: .lowerIsBetter, target: 10).assurance == .hitAndMiss)
        #expect(XmRChart(values: values, direction: .neither, target: 10).assurance == nil)
        #expect(XmRChart(values: values, direction: .higherIsBetter).assurance == nil)
    }

    @Test func shortAndFlatSeriesGiveNoSignals() {
        #expect(XmRChart(values: [], direction: .higherIsBetter).points.isEmpty)
        #expect(XmRChart(values: [5], direction: .higherIsBetter).phases[0].mean == 5)
        let flat = XmRChart(values: Array(repeating: 3, count: 10), direction: .higherIsBetter)
        #expect(flagged(flat).isEmpty && flat.variation == .commonCause)
    }
}

@Suite("Measure values typed or pasted as lines")
struct MeasureDataLinesTests {
    @Test func linesGiveDatesValuesAndNotes() {
        let (entries, problems) = MeasureDataLines.parse(
            "03/11/2026, 12\n\n2026-11-10,14.5%,New leaflet, with pictures\n17/11/2026\t9")
        #expect(problems.isEmpty)
        #expect(entries.map(\.value) == [12, 14.5, 9])
        #expect(entries.map(\.line) == [1, 3, 4])
        #expect(entries[1].note == "New leaflet, with pictures")
        #expect(entries[0].period == CalendarDate.date(year: 2026, month: 11, day: 3))
    }

    @Test func everyBadLineIsReportedWithItsNumber() {
        let (_, problems) = MeasureDataLines.parse("03/11/2026, 12\nlast week, 4\n10/11/2026, lots\n10/11/2026\n03/11/2026, 7")
        #expect(problems.map(\.line) == [2, 3, 4, 5])
        #expect(problems[0].message == "Line 2: \"last week\" is not a date; write it like 03/11/2026")
        #expect(problems[3].reason.contains("line 1"))
    }
}
