extension XmRChart {
    /// One stretch of the chart with its own mean and limits.
    public struct Phase: Sendable, Equatable {
        public let firstIndex: Int
        public let count: Int
        public let mean: Double
        public let meanMovingRange: Double
        public let upperLimit: Double
        public let lowerLimit: Double
        /// Two sigma from the mean (sigma = mean moving range / 1.128), for the two-of-three rule.
        public let upperTwoSigma: Double
        public let lowerTwoSigma: Double

        init(values: [Double], firstIndex: Int) {
            self.firstIndex = firstIndex
            count = values.count
            mean = values.reduce(0, +) / Double(max(values.count, 1))
            let ranges = zip(values.dropFirst(), values).map { abs($0 - $1) }
            meanMovingRange = ranges.isEmpty ? 0 : ranges.reduce(0, +) / Double(ranges.count)
            let spread = XmRChart.limitFactor * meanMovingRange
            upperLimit = mean + spread
            lowerLimit = mean - spread
            upperTwoSigma = mean + spread * 2 / 3
            lowerTwoSigma = mean - spread * 2 / 3
        }

        public var lastIndex: Int { firstIndex + count - 1 }
    }

    /// One data point with the rules it breaks.
    public struct Point: Sendable, Equatable {
        public let index: Int
        public let value: Double
        /// Absent for the first point of each phase.
        public let movingRange: Double?
        public let phase: Int
        public var rules: Set<SpecialCauseRule>
        /// The side of the special cause, when there is one.
        public var side: SignalSide?

        public var isSpecialCause: Bool { !rules.isEmpty }
    }

    static func evaluate(values: [Double], in phase: Phase, phaseNumber: Int) -> [Point] {
        var points = values.indices.map { i in
            Point(
                index: phase.firstIndex + i, value: values[i],
                movingRange: i == 0 ? nil : abs(values[i] - values[i - 1]),
                phase: phaseNumber, rules: [], side: nil)
        }
        // Limits from a single point (or a flat series) say nothing about variation.
        guard values.count > 1, phase.meanMovingRange > 0 else { return points }
        func flag(_ i: Int, _ rule: SpecialCauseRule, _ side: SignalSide) {
            points[i].rules.insert(rule)
            points[i].side = points[i].side ?? side
        }

        for i in values.indices {
            if values[i] > phase.upperLimit { flag(i, .outsideLimits, .high) }
            if values[i] < phase.lowerLimit { flag(i, .outsideLimits, .low) }
        }
        // Shift: a point on the mean belongs to neither side, so it ends a run.
        markRuns(count: values.count, while: { values[$0] > phase.mean }) { flag($0, .shift, .high) }
        markRuns(count: values.count, while: { values[$0] < phase.mean }) { flag($0, .shift, .low) }
        // Trend: each point strictly above (or below) the one before; an equal value ends it.
        markRuns(count: values.count, while: { $0 > 0 && values[$0] > values[$0 - 1] }, includingOneBefore: true) {
            flag($0, .trend, .high)
        }
        markRuns(count: values.count, while: { $0 > 0 && values[$0] < values[$0 - 1] }, includingOneBefore: true) {
            flag($0, .trend, .low)
        }
        // Two of three beyond two sigma on the same side: the points beyond are flagged.
        for window in 0..<max(values.count - 2, 0) {
            let three = window...(window + 2)
            let high = three.filter { values[$0] > phase.upperTwoSigma }
            let low = three.filter { values[$0] < phase.lowerTwoSigma }
            if high.count >= 2 { high.forEach { flag($0, .twoOfThreeNearLimit, .high) } }
            if low.count >= 2 { low.forEach { flag($0, .twoOfThreeNearLimit, .low) } }
        }
        return points
    }

    /// Calls `mark` for every index in a run of at least `runLength` consecutive
    /// indexes for which `holds` is true. For trends the run also takes in the
    /// point before the first rise (seven points make six rises).
    private static func markRuns(
        count: Int, while holds: (Int) -> Bool, includingOneBefore: Bool = false,
        mark: (Int) -> Void
    ) {
        var start: Int?
        for i in 0...count {
            if i < count && holds(i) {
                if start == nil { start = includingOneBefore ? i - 1 : i }
            } else if let first = start {
                if i - first >= runLength { (first..<i).forEach(mark) }
                start = nil
            }
        }
    }
}
