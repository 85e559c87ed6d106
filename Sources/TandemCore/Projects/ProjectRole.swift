/// A person's role in a project team. Patient and carer partners are members
/// of the team like everyone else.
public enum ProjectRole: String, CaseIterable, Codable, Sendable {
    case patientPartner = "patient_partner"
    case carerPartner = "carer_partner"
    case volunteerAmbassador = "volunteer_ambassador"
    case communityReporter = "community_reporter"
    case staffLead = "staff_lead"
    case staffMember = "staff_member"
    case projectManager = "project_manager"

    public var label: String {
        switch self {
        case .patientPartner: "Patient partner"
        case .carerPartner: "Carer partner"
        case .volunteerAmbassador: "Volunteer ambassador"
        case .communityReporter: "Community reporter"
        case .staffLead: "Staff lead"
        case .staffMember: "Staff member"
        case .projectManager: "Project manager"
        }
    }

    /// Roles that bring lived experience to the team.
    public var bringsLivedExperience: Bool {
        [.patientPartner, .carerPartner, .volunteerAmbassador, .communityReporter].contains(self)
    }
}
