import Foundation

/// The four categories of NHS England's patient and public voice partner roles.
public enum InvolvementCategory: String, CaseIterable, Codable, Sendable {
    case openEngagement = "open_engagement"
    case invitedOneOff = "invited_one_off"
    case regularGroup = "regular_group"
    case strategic

    public var label: String {
        switch self {
        case .openEngagement: "Open engagement"
        case .invitedOneOff: "A one-off invited workshop or focus group"
        case .regularGroup: "A member of a regular group"
        case .strategic: "A senior strategic role"
        }
    }
}

/// The rungs of the ladder of co-production, from doing to people to doing with them.
public enum LadderRung: String, CaseIterable, Codable, Sendable {
    case coercion, educating, informing, consultation, engagement
    case coDesign = "co_design"
    case coProduction = "co_production"

    public var label: String {
        switch self {
        case .coercion: "Coercion"
        case .educating: "Educating"
        case .informing: "Informing"
        case .consultation: "Consultation"
        case .engagement: "Engagement"
        case .coDesign: "Co-design"
        case .coProduction: "Co-production"
        }
    }
}

/// What kind of involvement an opportunity is.
public enum OpportunityKind: String, CaseIterable, Codable, Sendable {
    case projectTeam = "project_team"
    case surveyDesign = "survey_design"
    case focusGroup = "focus_group"
    case panel
    case trainer
    case governanceGroup = "governance_group"
    case oneOffEvent = "one_off_event"
    case communityReporting = "community_reporting"

    public var label: String {
        switch self {
        case .projectTeam: "Project team"
        case .surveyDesign: "Survey design"
        case .focusGroup: "Focus group"
        case .panel: "Panel"
        case .trainer: "Training as a trainer"
        case .governanceGroup: "Governance group"
        case .oneOffEvent: "One-off event"
        case .communityReporting: "Community reporting"
        }
    }
}

/// Where the involvement happens.
public enum OpportunitySetting: String, CaseIterable, Codable, Sendable {
    case inPerson = "in_person"
    case online
    case either

    public var label: String {
        switch self {
        case .inPerson: "In person"
        case .online: "Online"
        case .either: "In person or online"
        }
    }
}

/// An opportunity is a draft until published, open until its closing date or until it is filled.
public enum OpportunityStatus: String, CaseIterable, Codable, Sendable {
    case draft, open, closed

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .open: "Open"
        case .closed: "Closed"
        }
    }
}

/// Where someone who said they were interested stands.
public enum InterestStatus: String, CaseIterable, Codable, Sendable {
    case interested
    case selected
    case notSelected = "not_selected"
    case withdrawn

    public var label: String {
        switch self {
        case .interested: "Interested"
        case .selected: "Selected"
        case .notSelected: "Not selected this time"
        case .withdrawn: "Withdrawn"
        }
    }
}

/// How free someone said they are on the opportunity's dates.
extension OpportunityRanking.Availability: CaseIterable, Codable {
    public static let allCases: [OpportunityRanking.Availability] = [.free, .partly, .notFree, .unknown]

    public var label: String {
        switch self {
        case .free: "I am free on the dates"
        case .partly: "I am free on some of the dates"
        case .notFree: "I am not free on the dates, but interested in the future"
        case .unknown: "I do not know yet"
        }
    }
}

/// The rules of an opportunity's dates and places.
public enum OpportunityRules {
    /// Open to interest: published, not past its closing day (in UTC days) and with places.
    public static func isOpen(status: OpportunityStatus, closes: Date, today: Date) -> Bool {
        status == .open && Calendar.utc.startOfDay(for: closes) >= Calendar.utc.startOfDay(for: today)
    }

    /// The reason a selection is refused, if it is: never more people selected than places.
    public static func selectionProblem(places: Int, alreadySelected: Int, choosing: Int) -> String? {
        guard alreadySelected + choosing > places else { return nil }
        let left = max(0, places - alreadySelected)
        return "There \(left == 1 ? "is" : "are") \(left) place\(left == 1 ? "" : "s") left: choose at most \(left)"
    }
}
