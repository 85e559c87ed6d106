/// The kinds of organisation Tandem works with.
public enum OrganisationKind: String, CaseIterable, Codable, Sendable {
    case icb
    case pcn
    case gpPractice = "gp_practice"
    case nhsTrust = "nhs_trust"
    case charity
    case localAuthority = "local_authority"
    case voluntaryGroup = "voluntary_group"
    case other

    public var label: String {
        switch self {
        case .icb: "Integrated care board (ICB)"
        case .pcn: "Primary care network (PCN)"
        case .gpPractice: "GP practice"
        case .nhsTrust: "NHS trust"
        case .charity: "Charity"
        case .localAuthority: "Local authority"
        case .voluntaryGroup: "Voluntary or community group"
        case .other: "Other"
        }
    }

    /// Short form for tables and tags.
    public var shortLabel: String {
        switch self {
        case .icb: "ICB"
        case .pcn: "PCN"
        case .gpPractice: "GP practice"
        case .nhsTrust: "NHS trust"
        case .charity: "Charity"
        case .localAuthority: "Local authority"
        case .voluntaryGroup: "Voluntary group"
        case .other: "Other"
        }
    }

    /// Which kinds may be this kind's parent. The NHS structure is fixed
    /// (practice → PCN → ICB); other organisations may sit under any
    /// organisation that is not a practice.
    public var allowedParentKinds: Set<OrganisationKind> {
        switch self {
        case .gpPractice: [.pcn]
        case .pcn: [.icb]
        case .icb: []
        default: Set(OrganisationKind.allCases).subtracting([.gpPractice])
        }
    }
}
