/// How much patients and carers are involved at one step of a project, from
/// being told about it to shaping it as equals.
public enum InvolvementLevel: String, CaseIterable, Codable, Sendable {
    case inform, consult, involve
    case coProduce = "co_produce"

    public var label: String {
        switch self {
        case .inform: "Inform"
        case .consult: "Consult"
        case .involve: "Involve"
        case .coProduce: "Co-produce"
        }
    }

    public var explanation: String {
        switch self {
        case .inform: "Patients and carers are told what is happening."
        case .consult: "Their views are asked for, and decisions are made by others."
        case .involve: "They take part in the work and their views shape it."
        case .coProduce: "They share power and decide together, as equal partners."
        }
    }

    /// Points towards the co-production index.
    public var points: Int {
        switch self {
        case .inform: 0
        case .consult: 1
        case .involve: 2
        case .coProduce: 3
        }
    }
}

/// The steps of a project an involvement plan covers.
public enum InvolvementStep: String, CaseIterable, Codable, Sendable {
    case identifyingTheProblem = "identifying_problem"
    case designing
    case gatheringEvidence = "gathering_evidence"
    case makingSense = "making_sense"
    case decidingRecommendations = "deciding_recommendations"
    case carryingOut = "carrying_out"
    case reviewing

    public var label: String {
        switch self {
        case .identifyingTheProblem: "Identifying the problem"
        case .designing: "Designing the project"
        case .gatheringEvidence: "Gathering evidence"
        case .makingSense: "Making sense of the evidence"
        case .decidingRecommendations: "Deciding the recommendations"
        case .carryingOut: "Carrying out the changes"
        case .reviewing: "Reviewing what changed"
        }
    }
}

/// A single number for how co-produced a project is, from 0 to 100.
///
/// Each of the seven steps scores 0 (inform), 1 (consult), 2 (involve) or
/// 3 (co-produce); a step not yet planned scores 0. The index is the total as
/// a share of co-producing every step: 100 means patients and carers are
/// equal partners throughout, 0 that they are at most told what happens.
public enum CoProductionIndex {
    public static let explanation =
        "Each of the seven steps scores 0 for inform, 1 for consult, 2 for involve and 3 for co-produce, and a step not planned yet scores 0. The index is the total as a percentage of co-producing every step, so 100 means patients and carers are equal partners throughout."

    public static func score(_ plan: [InvolvementStep: InvolvementLevel]) -> Int {
        let total = InvolvementStep.allCases.reduce(0) { $0 + (plan[$1]?.points ?? 0) }
        let maximum = InvolvementStep.allCases.count * InvolvementLevel.coProduce.points
        return Int((Double(total) / Double(maximum) * 100).rounded())
    }
}
