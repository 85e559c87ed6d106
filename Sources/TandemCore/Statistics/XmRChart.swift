/// Statistical process control for a measure, as NHS England's "Making Data
/// Count" describes it: an XmR (individuals and moving range) chart with a mean,
/// process limits at mean ± 2.66 × mean moving range, the four special-cause
/// rules, and the variation and assurance icons.
///
/// A chart may be recalculated from chosen points (for example the week a new
/// discharge leaflet was introduced): each recalculation starts a new phase whose
/// limits come only from its own points, and no rule looks across a phase break.
public struct XmRChart: Sendable, Equatable {
    /// 2.66 = 3 / d2, with d2 = 1.128 for moving ranges of two points.
    public static let limitFactor = 2.66
    /// Making Data Count's runs: seven points make a shift or a trend.
    public static let runLength = 7
    /// Fewer points than this give limits worth showing but not yet trusting.
    public static let pointsForStableLimits = 15

    public let points: [Point]
    public let phases: [Phase]
    public let direction: ImprovementDirection
    public let target: Double?

    /// - Parameters:
    ///   - values: the measure's values in time order.
    ///   - recalculateFrom: indexes of the points that start a new phase (0 is implied).
    public init(values: [Double], direction: ImprovementDirection, target: Double? = nil, recalculateFrom: [Int] = []) {
        self.direction = direction
        self.target = target
        let starts = Set([0] + recalculateFrom.filter { $0 > 0 && $0 < values.count }).sorted()
        var phases: [Phase] = []
        var points: [Point] = []
        for (number, start) in starts.enumerated() where start < values.count {
            let end = number + 1 < starts.count ? starts[number + 1] : values.count
            let phase = Phase(values: Array(values[start..<end]), firstIndex: start)
            phases.append(phase)
            points += Self.evaluate(values: Array(values[start..<end]), in: phase, phaseNumber: number)
        }
        self.points = points
        self.phases = phases
    }

    /// The icon for the most recent point: does the latest data show special cause, and is it good or bad?
    public var variation: VariationIcon {
        guard let last = points.last, let side = last.side else { return .commonCause }
        return VariationIcon(direction: direction, side: side)
    }

    /// Whether the current process will meet the target: only with a target,
    /// a direction and limits from at least two points.
    public var assurance: AssuranceIcon? {
        guard let target, direction != .neither, let phase = phases.last, phase.count > 1 else { return nil }
        let (passesAll, failsAll): (Bool, Bool) =
            direction == .higherIsBetter
            ? (phase.lowerLimit >= target, phase.upperLimit < target)
            : (phase.upperLimit <= target, phase.lowerLimit > target)
        if passesAll { return .consistentlyPasses }
        if failsAll { return .consistentlyFails }
        return .hitAndMiss
    }

    /// What a point's special cause means for this measure, for colouring it. Points on
    /// the other side of a later sustained shift in the same phase are the period before
    /// that change (its limits mix both periods), not better or worse in themselves.
    public func assessment(of point: Point) -> PointAssessment {
        assessment(of: point, suggestion: suggestedRecalculation)
    }

    /// Every point's assessment, in order: the suggestion is worked out once for them all.
    public var assessments: [PointAssessment] {
        let suggestion = suggestedRecalculation
        return points.map { assessment(of: $0, suggestion: suggestion) }
    }

    private func assessment(of point: Point, suggestion start: Int?) -> PointAssessment {
        guard let side = point.side else { return .commonCause }
        if let start, point.index < start, point.phase == phases.count - 1, side != points.last?.side {
            return .beforeChange
        }
        return assessment(side: side)
    }

    public var hasStableLimits: Bool { (phases.last?.count ?? 0) >= Self.pointsForStableLimits }
}

public enum ImprovementDirection: String, Sendable, Codable, CaseIterable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
    case neither

    public var label: String {
        switch self {
        case .higherIsBetter: "Higher is better"
        case .lowerIsBetter: "Lower is better"
        case .neither: "Neither: no direction is better"
        }
    }
}

/// Which side of the mean a special cause lies on.
public enum SignalSide: String, Sendable, Codable { case high, low }

/// The four special-cause rules of Making Data Count.
public enum SpecialCauseRule: String, Sendable, Codable, CaseIterable, Comparable {
    case outsideLimits = "outside_limits"
    case shift
    case trend
    case twoOfThreeNearLimit = "two_of_three"

    public var explanation: String {
        switch self {
        case .outsideLimits: "A point outside the process limits"
        case .shift: "A run of \(XmRChart.runLength) or more points on one side of the mean"
        case .trend: "\(XmRChart.runLength) or more points in a row going up, or going down"
        case .twoOfThreeNearLimit: "Two out of three points close to a process limit (beyond two sigma), on one side"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum PointAssessment: String, Sendable, CaseIterable {
    case commonCause = "common", improving, concerning, neither
    /// Part of a run before a later shift the other way: the period before a change.
    case beforeChange = "before_change"

    /// What the colour means, for the chart's legend.
    public var legend: String {
        switch self {
        case .commonCause: "Common cause variation"
        case .improving: "Special cause: improvement"
        case .concerning: "Special cause: concern"
        case .neither: "Special cause: neither better nor worse"
        case .beforeChange: "Before a later shift"
        }
    }
}

public enum VariationIcon: String, Sendable, Codable {
    case commonCause = "common_cause"
    case improvingHigh = "improving_high", improvingLow = "improving_low"
    case concerningHigh = "concerning_high", concerningLow = "concerning_low"
    case neitherHigh = "neither_high", neitherLow = "neither_low"

    public var label: String {
        switch self {
        case .commonCause: "Common cause variation: no significant change"
        case .improvingHigh: "Special cause variation: improving, with higher values"
        case .improvingLow: "Special cause variation: improving, with lower values"
        case .concerningHigh: "Special cause variation: a concern, with higher values"
        case .concerningLow: "Special cause variation: a concern, with lower values"
        case .neitherHigh: "Special cause variation: higher values (neither better nor worse)"
        case .neitherLow: "Special cause variation: lower values (neither better nor worse)"
        }
    }
}

public enum AssuranceIcon: String, Sendable, Codable {
    case consistentlyPasses = "pass", consistentlyFails = "fail", hitAndMiss = "hit_and_miss"

    public var label: String {
        switch self {
        case .consistentlyPasses: "The process will consistently meet the target"
        case .consistentlyFails: "The process will consistently miss the target unless something changes"
        case .hitAndMiss: "The process will sometimes meet and sometimes miss the target"
        }
    }
}
