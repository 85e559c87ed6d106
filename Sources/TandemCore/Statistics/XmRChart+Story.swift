import Foundation

/// What a chart says, in the order Making Data Count tells it: a change of phase is
/// the story when there is one ("a shift down from 4.3 to 2.8 hours"); each phase's
/// variation and assurance are judged on its own points; and points are coloured as
/// better or worse only against their own phase, never for being the period before
/// a change that a later shift shows.
extension XmRChart {
    /// The move from the phase before the latest to the latest: where the mean went.
    public struct PhaseChange: Sendable, Equatable {
        public let fromMean: Double
        public let toMean: Double
        /// The first point of the new phase.
        public let startIndex: Int
        public let side: SignalSide
        public let assessment: PointAssessment
    }

    /// The latest change of phase (limits recalculated at a change), if the chart has one.
    public var phaseChange: PhaseChange? {
        guard phases.count >= 2 else { return nil }
        let before = phases[phases.count - 2], after = phases[phases.count - 1]
        guard after.mean != before.mean else { return nil }
        let side: SignalSide = after.mean > before.mean ? .high : .low
        return PhaseChange(
            fromMean: before.mean, toMean: after.mean, startIndex: after.firstIndex, side: side,
            assessment: assessment(side: side))
    }

    /// Where the latest points show a sustained shift away from earlier points of the same
    /// phase on the other side of the mean: the first point of that shift, the place to
    /// recalculate the limits from if something changed there.
    public var suggestedRecalculation: Int? {
        guard let phase = phases.last, let last = points.last, last.rules.contains(.shift), let side = last.side else {
            return nil
        }
        let inPhase = points[phase.firstIndex...phase.lastIndex]
        let hasEarlierOppositeShift = inPhase.contains { $0.rules.contains(.shift) && $0.side != side && $0.side != nil }
        guard hasEarlierOppositeShift else { return nil }
        // The run of the latest shift: back from the end while points stay on its side of the mean.
        var start = last.index
        while start > phase.firstIndex, points[start - 1].rules.contains(.shift), points[start - 1].side == side { start -= 1 }
        return start
    }

    /// The variation icon for one phase, judged on its own points (its latest point).
    public func variation(ofPhase number: Int) -> VariationIcon {
        let phase = phases[number]
        guard let side = points[phase.lastIndex].side else { return .commonCause }
        return VariationIcon(direction: direction, side: side)
    }

    func assessment(side: SignalSide) -> PointAssessment {
        switch direction {
        case .neither: .neither
        case .higherIsBetter: side == .high ? .improving : .concerning
        case .lowerIsBetter: side == .low ? .improving : .concerning
        }
    }

    /// One sentence for the chart's heading and its text alternative.
    /// - Parameters:
    ///   - periods: the date of each point; `unit` follows the numbers ("hours").
    public func headline(periods: [Date], unit: String) -> String {
        guard let last = points.last else { return "No values yet" }
        let unitText = unit.isEmpty ? "" : " \(unit)"
        if let change = phaseChange {
            let direction = change.side == .low ? "down" : "up"
            let judged =
                switch change.assessment {
                case .improving: ", an improvement"
                case .concerning: ", a deterioration"
                default: ""
                }
            var sentence =
                "A shift \(direction) from \(Self.rounded(change.fromMean)) to \(Self.rounded(change.toMean))\(unitText) after the change on \(CalendarDate.long(periods[change.startIndex]))\(judged)."
            let since = variation(ofPhase: phases.count - 1)
            sentence +=
                since == .commonCause
                ? " Since then the values vary only as expected around the new mean."
                : " Since then: \(since.label.lowercased())."
            return sentence
        }
        if let start = suggestedRecalculation {
            let side = last.side == .low ? "below" : "above"
            return
                "The latest \(points.count - start) values are all \(side) the mean, since \(CalendarDate.long(periods[start])). If something changed then, recalculate the limits from that point to see the size of the change."
        }
        return variation.label + "."
    }

    /// A mean or limit as the headline writes it: one decimal place, whole numbers without.
    public static func rounded(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }
}

extension VariationIcon {
    init(direction: ImprovementDirection, side: SignalSide) {
        switch (direction, side) {
        case (.neither, .high): self = .neitherHigh
        case (.neither, .low): self = .neitherLow
        case (.higherIsBetter, .high): self = .improvingHigh
        case (.higherIsBetter, .low): self = .concerningLow
        case (.lowerIsBetter, .low): self = .improvingLow
        case (.lowerIsBetter, .high): self = .concerningHigh
        }
    }
}
