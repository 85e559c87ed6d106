/// How a piece of evidence was gathered.
public enum EvidenceMethod: String, CaseIterable, Codable, Sendable {
    case patientSurvey = "patient_survey"
    case carerSurvey = "carer_survey"
    case staffSurvey = "staff_survey"
    case focusGroup = "focus_group"
    case interview
    case observation
    case mysteryShopper = "mystery_shopper"
    case workshop
    case ambassadorConversation = "ambassador_conversation"
    case communityReporting = "community_reporting"
    case importedFeedback = "imported_feedback"

    public var label: String {
        switch self {
        case .patientSurvey: "Patient survey"
        case .carerSurvey: "Carer survey"
        case .staffSurvey: "Staff survey"
        case .focusGroup: "Focus group"
        case .interview: "Interview"
        case .observation: "Observation"
        case .mysteryShopper: "Mystery shopper visit"
        case .workshop: "Workshop"
        case .ambassadorConversation: "Ambassador conversations"
        case .communityReporting: "Community reporting"
        case .importedFeedback: "Imported feedback"
        }
    }

    /// The methods that are activities (as opposed to surveys, stories and imports).
    public static let activities: [EvidenceMethod] = [
        .focusGroup, .interview, .observation, .mysteryShopper, .workshop, .ambassadorConversation,
    ]

    /// Activities scored against a checklist.
    public var usesChecklist: Bool { self == .observation || self == .mysteryShopper }
}

/// Who may see a piece of evidence as it was given (others see it redacted, or not at all).
public enum ConsentScope: String, CaseIterable, Codable, Sendable {
    case team
    case organisation
    case `public`

    public var label: String {
        switch self {
        case .team: "The project team only"
        case .organisation: "The partner organisation"
        case .public: "Anyone, without names or other personal details"
        }
    }
}
