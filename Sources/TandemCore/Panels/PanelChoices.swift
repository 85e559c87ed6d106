/// A patient peer review panel member's role.
public enum PanelRole: String, CaseIterable, Codable, Sendable {
    case chair, member

    public var label: String {
        switch self {
        case .chair: "Chair"
        case .member: "Member"
        }
    }
}

/// Where a project is when it comes to the panel.
public enum ProjectReviewStage: String, CaseIterable, Codable, Sendable {
    case idea
    case planning
    case underway
    case evaluating

    public var label: String {
        switch self {
        case .idea: "An idea: the problem is still being understood"
        case .planning: "Planning: deciding what to change and how"
        case .underway: "Under way: changes are being tested"
        case .evaluating: "Evaluating: looking at what changed"
        }
    }

    public var short: String {
        switch self {
        case .idea: "Idea"
        case .planning: "Planning"
        case .underway: "Under way"
        case .evaluating: "Evaluating"
        }
    }
}

/// A submission's journey through the panel.
public enum ReviewStatus: String, CaseIterable, Codable, Sendable {
    case submitted
    case moreInformation = "more_information"
    case accepted
    case declined
    /// The chair has written the agreed feedback; the lead replies and acts.
    case feedbackAgreed = "feedback_agreed"
    case closed

    public var label: String {
        switch self {
        case .submitted: "Waiting for the chair"
        case .moreInformation: "More information needed"
        case .accepted: "Accepted for a meeting"
        case .declined: "Not for the panel"
        case .feedbackAgreed: "Feedback agreed"
        case .closed: "Closed"
        }
    }

    /// What the chair may decide at triage from here.
    public var triageChoices: [ReviewStatus] {
        switch self {
        case .submitted, .moreInformation: [.accepted, .moreInformation, .declined]
        default: []
        }
    }
}

/// The panel's framework for structured feedback: each member's points and the agreed feedback
/// are written under these headings.
public enum FeedbackArea: String, CaseIterable, Codable, Sendable {
    case mattersToPatients = "matters_to_patients"
    case whoIsMissing = "who_is_missing"
    case involvementAndPower = "involvement_and_power"
    case communication
    case risks
    case nextSteps = "next_steps"

    public var label: String {
        switch self {
        case .mattersToPatients: "What matters to patients here"
        case .whoIsMissing: "Who is missing and how to reach them"
        case .involvementAndPower: "Involvement and power"
        case .communication: "Communication and plain language"
        case .risks: "Risks to patient experience"
        case .nextSteps: "What we would do next"
        }
    }

    public var hint: String {
        switch self {
        case .mattersToPatients: "What patients and carers would care about most in this project"
        case .whoIsMissing: "Groups whose voices are not yet heard, and practical ways to reach them"
        case .involvementAndPower: "Who decides, and how patients could share that power"
        case .communication: "Words, letters and information patients will see"
        case .risks: "What could make things worse for patients, and how to prevent it"
        case .nextSteps: "The panel's overall advice: the next things to do"
        }
    }
}

/// What the project lead says about an agreed point.
public enum PointResponse: String, CaseIterable, Codable, Sendable {
    case willAct = "will_act"
    case acted
    case notActing = "not_acting"

    public var label: String {
        switch self {
        case .willAct: "We will act on this"
        case .acted: "We have acted on this"
        case .notActing: "We will not act on this"
        }
    }

    /// Counts as the panel's influence.
    public var isActedOn: Bool { self != .notActing }
}

/// An agreed action's state.
public enum PanelActionStatus: String, CaseIterable, Codable, Sendable {
    case open, done
    case dropped

    public var label: String {
        switch self {
        case .open: "Open"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }
}
