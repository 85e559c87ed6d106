import Foundation

/// Where a project stands on the ladder (inform → consult → involve → co-produce) as a whole,
/// read from its involvement plan, and whether it moved up between two dates.
public enum InvolvementLadder {
    public static let explanation =
        "A project's place on the ladder is the level most of its planned steps reach: the middle of its planned steps' levels, taking the lower when there are two."

    /// The lower median of the planned steps' levels; nil when no step is planned.
    public static func level(of plan: [InvolvementStep: InvolvementLevel]) -> InvolvementLevel? {
        let levels = plan.values.sorted { $0.points < $1.points }
        guard !levels.isEmpty else { return nil }
        return levels[(levels.count - 1) / 2]
    }

    public enum Move: String, Sendable, Equatable {
        case up, same, down, unknown

        public var label: String {
            switch self {
            case .up: "Moved up"
            case .same: "No change"
            case .down: "Moved down"
            case .unknown: "Not known yet"
            }
        }
    }

    public static func move(from before: InvolvementLevel?, to after: InvolvementLevel?) -> Move {
        guard let before, let after else { return .unknown }
        return after.points > before.points ? .up : after.points < before.points ? .down : .same
    }

    /// The level in force on `date` from a project's dated levels: the latest recorded on or before it.
    public static func level(on date: Date, history: [(on: Date, level: InvolvementLevel)]) -> InvolvementLevel? {
        history.filter { $0.on <= date }.max { $0.on < $1.on }?.level
    }
}

/// Ratings (1 to 5) from the short survey after each session, by session or by trainer: how many
/// answered and the average, which is shown only from 5 answers so no one's rating can be read off.
public struct RatingSummary: Sendable, Equatable {
    public let answers: Int
    public let average: Double?

    public init(_ ratings: [Int]) {
        answers = ratings.count
        average =
            ratings.count >= DisclosureControl.threshold ? Double(ratings.reduce(0, +)) / Double(ratings.count) : nil
    }

    /// "4.3 out of 5 (12 answers)", or "Fewer than 5 answers".
    public var text: String {
        guard let average else { return answers == 0 ? "No answers yet" : "Fewer than 5 answers" }
        return "\(String(format: "%.1f", average)) out of 5 (\(answers) answers)"
    }
}
