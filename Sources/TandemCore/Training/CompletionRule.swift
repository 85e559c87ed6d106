/// How many of a programme's sessions someone must attend to complete it, decided per
/// programme ("5 of 6 sessions"). A certificate is issued only to people who completed.
public struct CompletionRule: Sendable, Equatable {
    public let sessionsRequired: Int

    public init(sessionsRequired: Int) {
        self.sessionsRequired = sessionsRequired
    }

    public enum Problem: Error, Equatable, Sendable {
        case noSessions
        case outOfRange(sessions: Int)
        case notCompleted(name: String, attended: Int, required: Int)

        public var message: String {
            switch self {
            case .noSessions: "Add the programme's sessions before deciding how many must be attended"
            case .outOfRange(let sessions):
                "The number of sessions to attend must be from 1 to \(sessions), the number of sessions in the programme"
            case .notCompleted(let name, let attended, let required):
                "\(name) attended \(attended) of the \(required) sessions needed, so has not completed and cannot have a certificate"
            }
        }
    }

    /// The rule for a curriculum of `sessions`, refused when it asks for none or more than there are.
    public static func make(sessionsRequired: Int, of sessions: Int) -> Result<CompletionRule, Problem> {
        guard sessions > 0 else { return .failure(.noSessions) }
        guard (1...sessions).contains(sessionsRequired) else { return .failure(.outOfRange(sessions: sessions)) }
        return .success(CompletionRule(sessionsRequired: sessionsRequired))
    }

    /// "5 of 6 sessions".
    public func description(of sessions: Int) -> String {
        "\(sessionsRequired) of \(sessions) session\(sessions == 1 ? "" : "s")"
    }

    /// Completed once enough sessions were attended; sessions not yet held count as not attended.
    public func isCompleted(attended: Int) -> Bool { attended >= sessionsRequired }

    /// Whether someone may still complete with the sessions left.
    public func canStillComplete(attended: Int, sessionsLeft: Int) -> Bool { attended + sessionsLeft >= sessionsRequired }

    /// Checked before a certificate is issued: the reason it may not be, in words.
    public func checkCertificate(name: String, attended: Int) -> Problem? {
        isCompleted(attended: attended) ? nil : .notCompleted(name: name, attended: attended, required: sessionsRequired)
    }
}
