import Foundation

/// Groups an opportunity can say it especially wants to hear from, each worked out from a
/// person's equality monitoring answers (only ever with their consent to use them for this).
public enum ReachGroup: String, CaseIterable, Codable, Sendable {
    case youngCarers = "young_carers"
    case carers
    case youngPeople = "young_people"
    case olderPeople = "older_people"
    case blackAfricanCaribbean = "black_african_caribbean"
    case asianCommunities = "asian_communities"
    case disabledPeople = "disabled_people"
    case transPeople = "trans_people"

    public var label: String {
        switch self {
        case .youngCarers: "Young carers (under 25)"
        case .carers: "Carers"
        case .youngPeople: "Young people (under 25)"
        case .olderPeople: "Older people (75 and over)"
        case .blackAfricanCaribbean: "People from Black African and Caribbean communities"
        case .asianCommunities: "People from Asian communities"
        case .disabledPeople: "Disabled people and people with long-term conditions"
        case .transPeople: "Trans people"
        }
    }

    /// The groups a person's answers place them in. "Prefer not to say" and no answer place
    /// nobody in a group.
    public static func groups(
        ageBand: String?, ethnicGroup: String?, disability: String?, carer: String?, genderIdentity: String?
    )
        -> Set<ReachGroup>
    {
        var groups: Set<ReachGroup> = []
        let young = ageBand == "under_16" || ageBand == "16_24"
        let caring = carer?.hasPrefix("yes") == true
        if young { groups.insert(.youngPeople) }
        if caring { groups.insert(.carers) }
        if young && caring { groups.insert(.youngCarers) }
        if ageBand == "75_84" || ageBand == "85_plus" { groups.insert(.olderPeople) }
        if let ethnic = ethnicGroup {
            if ethnic.hasPrefix("black_") || ethnic == "mixed_white_black_african" || ethnic == "mixed_white_black_caribbean" {
                groups.insert(.blackAfricanCaribbean)
            }
            if ethnic.hasPrefix("asian_") || ethnic == "mixed_white_asian" { groups.insert(.asianCommunities) }
        }
        if disability?.hasPrefix("yes") == true { groups.insert(.disabledPeople) }
        if genderIdentity == "no" { groups.insert(.transPeople) }
        return groups
    }
}
