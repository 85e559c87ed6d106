/// The life of an improvement project. A coordinator moves it forward one
/// stage at a time, and each move is checked first (`StageRules`).
public enum ProjectStage: String, CaseIterable, Codable, Sendable {
    case proposal
    case agreed
    case fieldwork
    case analysis
    case reporting
    case implementationSupport = "implementation_support"
    case sustainabilityReview = "sustainability_review"
    case closed

    public var label: String {
        switch self {
        case .proposal: "Proposal"
        case .agreed: "Agreed"
        case .fieldwork: "Gathering evidence"
        case .analysis: "Making sense of the evidence"
        case .reporting: "Reporting"
        case .implementationSupport: "Supporting the changes"
        case .sustainabilityReview: "Checking the changes last"
        case .closed: "Closed"
        }
    }

    public var position: Int { Self.allCases.firstIndex(of: self)! }

    public var next: ProjectStage? {
        let all = Self.allCases
        return position + 1 < all.count ? all[position + 1] : nil
    }
}

/// What the stage checks need to know about a project.
public struct StageFacts: Sendable, Equatable {
    public var proposalAgreed: Bool
    public var outcomes: Int
    public var milestones: Int
    public var patientOrCarerPartners: Int
    public var methods: Int
    public var evidence: Int

    public init(proposalAgreed: Bool, outcomes: Int, milestones: Int, patientOrCarerPartners: Int, methods: Int, evidence: Int) {
        self.proposalAgreed = proposalAgreed
        self.outcomes = outcomes
        self.milestones = milestones
        self.patientOrCarerPartners = patientOrCarerPartners
        self.methods = methods
        self.evidence = evidence
    }
}

/// The sensible checks before a project moves on, in plain English.
public enum StageRules {
    /// Every reason the project cannot move from `current` to `target`; empty when it can.
    public static func problems(from current: ProjectStage, to target: ProjectStage, facts: StageFacts) -> [String] {
        guard target == current.next else {
            return target.position <= current.position
                ? ["A project only moves forward. It is already at \(current.label.lowercased())."]
                : ["A project moves one stage at a time. The next stage is \(current.next?.label.lowercased() ?? "none")."]
        }
        var problems: [String] = []
        switch target {
        case .agreed:
            if !facts.proposalAgreed { problems.append("Record the agreement of the proposal by both sides first.") }
            if facts.outcomes == 0 { problems.append("Add at least one agreed outcome.") }
            if facts.milestones == 0 { problems.append("Add at least one milestone with a date.") }
        case .fieldwork:
            if facts.patientOrCarerPartners == 0 {
                problems.append(
                    "Add at least one patient or carer partner to the team: evidence is gathered with them, not for them.")
            }
            if facts.methods == 0 {
                problems.append("Plan at least one way of gathering evidence: a survey, an activity or a story.")
            }
        case .analysis:
            if facts.evidence == 0 { problems.append("There is no evidence yet. Gather some before making sense of it.") }
        default:
            break
        }
        return problems
    }
}
