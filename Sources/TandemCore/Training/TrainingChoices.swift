/// A trainer on a programme: a patient trainer (someone with lived experience, in that
/// role) or a member of staff. Each session is led and co-delivered by a pairing of both.
public enum TrainerKind: String, CaseIterable, Codable, Sendable {
    case patient, staff

    public var label: String {
        switch self {
        case .patient: "Patient trainer"
        case .staff: "Staff trainer"
        }
    }
}

/// Who someone is on a team enrolled in a cohort. Every team brings at least one person
/// with lived experience: a patient partner, a service user or a community member.
public enum TeamMemberKind: String, CaseIterable, Codable, Sendable {
    case staff
    case patientPartner = "patient_partner"
    case serviceUser = "service_user"
    case communityMember = "community_member"

    public var label: String {
        switch self {
        case .staff: "Staff"
        case .patientPartner: "Patient partner"
        case .serviceUser: "Service user"
        case .communityMember: "Community member"
        }
    }

    public var bringsLivedExperience: Bool { self != .staff }
}

/// The two questionnaires of a cohort, with the same statements: before the first session
/// and after the last. Answers are paired by person.
public enum QuestionnaireStage: String, CaseIterable, Codable, Sendable {
    case before, after

    public var label: String {
        switch self {
        case .before: "Before the first session"
        case .after: "After the last session"
        }
    }
}

/// What a team brings, in words for its page: "No patient, service user or community member
/// on this team yet" when the rule is not met.
public enum TeamRules {
    public static let missingLivedExperience =
        "This team has no patient, service user or community member yet. Every team brings at least one: add them before the first session."

    public static func meetsLivedExperienceRule(_ kinds: [TeamMemberKind]) -> Bool {
        kinds.contains { $0.bringsLivedExperience }
    }
}
