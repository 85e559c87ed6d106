import Foundation

/// What time was given for, kept so that recognition and payment can tell activities apart.
public enum TimeActivityKind: String, CaseIterable, Codable, Sendable {
    case trainingDelivered = "training_delivered"
    case panelReview = "panel_review"
    case meeting
    case other

    public var label: String {
        switch self {
        case .trainingDelivered: "Delivering training"
        case .panelReview: "Peer review panel"
        case .meeting: "Meeting"
        case .other: "Other"
        }
    }
}

/// Hours given are recorded in quarter hours, at most 12 in a day for each of the time itself
/// and its preparation.
public enum TimeRecordRules {
    public static let maximumHours = 12.0

    /// The hours typed ("2", "1.5", "0.25"), or the problem in words.
    public static func hours(_ text: String, name: String, required: Bool) -> Result<Double, FieldProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            return required ? .failure(FieldProblem("Enter \(name.lowercased())")) : .success(0)
        }
        guard let value = Double(trimmed), value.isFinite else {
            return .failure(FieldProblem("\(name) must be a number of hours, like 1.5"))
        }
        guard value >= 0, value <= maximumHours, (value * 4).rounded() == value * 4 else {
            return .failure(FieldProblem("\(name) must be from 0 to 12 hours, in quarter hours (like 1.25)"))
        }
        if required && value == 0 { return .failure(FieldProblem("\(name) must be more than 0")) }
        return .success(value)
    }
}
