/// The reminders Tandem sends about work with a due date: one when it falls due soon,
/// one when it is overdue, each once for each due date (a new date may be reminded again).
public enum ReminderKind: String, CaseIterable, Codable, Sendable {
    case dueSoon = "due_soon"
    case overdue

    /// How many days ahead a "due soon" reminder goes.
    public static let dueSoonDays = 7

    /// The reminder a deadline calls for today, if any.
    public static func forDeadline(_ deadline: Deadline) -> ReminderKind? {
        switch deadline {
        case .overdue: .overdue
        case .dueSoon(let days) where days <= dueSoonDays: .dueSoon
        default: nil
        }
    }

    /// The start of the message's subject.
    public var subjectPrefix: String {
        switch self {
        case .dueSoon: "Due soon"
        case .overdue: "Overdue"
        }
    }
}
