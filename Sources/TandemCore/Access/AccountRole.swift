/// What a signed-in account may do, following the role table in DESIGN.md.
/// This is about access, not about how someone is involved: a person's
/// involvement roles (patient partner, carer ...) are `InvolvementRole`.
public enum AccountRole: String, CaseIterable, Codable, Sendable {
    case admin
    case coordinator
    case staff
    case partner

    public var label: String {
        switch self {
        case .admin: "Admin"
        case .coordinator: "Coordinator"
        case .staff: "NHS or partner organisation staff"
        case .partner: "Patient partner"
        }
    }

    public var explanation: String {
        switch self {
        case .admin: "Everything, including accounts, settings and membership."
        case .coordinator: "Runs projects, programmes and PPG work; sees the people in their work."
        case .staff: "Sees and updates their own organisation's work, never another organisation's."
        case .partner: "Their own profile, consent and time, and the work they are part of."
        }
    }
}
