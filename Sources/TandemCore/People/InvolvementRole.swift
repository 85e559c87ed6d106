/// How a person is involved with Tandem's work. Several can apply at once.
public enum InvolvementRole: String, CaseIterable, Codable, Sendable {
    case patientPartner = "patient_partner"
    case carer
    case volunteerAmbassador = "volunteer_ambassador"
    case communityReporter = "community_reporter"
    case projectManager = "project_manager"
    case staff
    case patientTrainer = "patient_trainer"
    case panelMember = "panel_member"
    case ppgMember = "ppg_member"

    public var label: String {
        switch self {
        case .patientPartner: "Patient partner"
        case .carer: "Carer"
        case .volunteerAmbassador: "Volunteer ambassador"
        case .communityReporter: "Community reporter"
        case .projectManager: "Project manager"
        case .staff: "Staff"
        case .patientTrainer: "Patient trainer"
        case .panelMember: "Peer review panel member"
        case .ppgMember: "PPG member"
        }
    }
}
