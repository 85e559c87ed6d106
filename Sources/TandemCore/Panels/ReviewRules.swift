import Foundation

/// The rules of a panel review: what a submission must say, the chair's triage, and when
/// things are due (in working days, and the follow-ups at 3 and 6 months).
public enum ReviewRules {
    public static let maximumQuestions = 3
    /// The chair answers a submission within this many working days.
    public static let triageWorkingDays = 10
    /// The pack reaches the panel this many working days before its meeting.
    public static let packWorkingDays = 5

    public enum Problem: Error, Equatable, Sendable {
        case noQuestions
        case tooManyQuestions
        case reasonNeeded
        case notAllowed(from: ReviewStatus, to: ReviewStatus)
        case meetingNeeded

        public var message: String {
            switch self {
            case .noQuestions: "Write at least one question you want the panel's view on"
            case .tooManyQuestions: "Ask at most \(ReviewRules.maximumQuestions) questions, so the panel can answer them well"
            case .reasonNeeded: "Say why: the project lead is told"
            case .notAllowed(let from, let to):
                "A submission that is \(from.label.lowercased()) cannot become \(to.label.lowercased())"
            case .meetingNeeded: "Choose the meeting it is accepted for"
            }
        }
    }

    /// The questions typed (blank ones left out), or the problem.
    public static func questions(_ typed: [String]) -> Result<[String], Problem> {
        let questions = typed.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if questions.isEmpty { return .failure(.noQuestions) }
        if questions.count > maximumQuestions { return .failure(.tooManyQuestions) }
        return .success(questions)
    }

    /// The chair's triage: accepted needs a meeting; more information and not for the panel need a reason.
    public static func triage(
        from: ReviewStatus, to: ReviewStatus, reason: String?, hasMeeting: Bool
    ) -> Problem? {
        guard from.triageChoices.contains(to) else { return .notAllowed(from: from, to: to) }
        if to == .accepted && !hasMeeting { return .meetingNeeded }
        if to != .accepted, (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .reasonNeeded }
        return nil
    }

    /// The day the chair should have answered by.
    public static func triageDue(submitted: Date) -> Date {
        WorkingDays.adding(triageWorkingDays, to: submitted)
    }

    /// The day the pack should reach the panel for a meeting on `meeting`.
    public static func packDue(meeting: Date) -> Date {
        var day = Calendar.utc.startOfDay(for: meeting)
        var left = packWorkingDays
        while left > 0 {
            day = Calendar.utc.date(byAdding: .day, value: -1, to: day)!
            if WorkingDays.isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The follow-ups after the feedback was agreed: 3 and 6 months on.
    public static func followUps(after agreed: Date) -> [(months: Int, due: Date)] {
        [3, 6].map { ($0, Calendar.utc.date(byAdding: .month, value: $0, to: Calendar.utc.startOfDay(for: agreed))!) }
    }
}

/// The panel's influence: of the agreed points the project leads answered, how many they acted
/// on or will act on.
public struct PanelInfluence: Sendable, Equatable {
    public let points: Int
    public let answered: Int
    public let actedOn: Int

    public init(responses: [PointResponse?]) {
        points = responses.count
        answered = responses.compactMap { $0 }.count
        actedOn = responses.compactMap { $0 }.filter(\.isActedOn).count
    }

    /// "12 of 15 answered points (80%)".
    public var text: String {
        guard answered > 0 else { return points == 0 ? "No points agreed yet" : "No points answered yet" }
        return "\(actedOn) of \(answered) answered points (\(Share.percent(actedOn, of: answered)))"
    }
}
