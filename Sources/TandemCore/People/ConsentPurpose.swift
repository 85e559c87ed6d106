/// What a person can agree to. Each is recorded separately, with dates,
/// and can be withdrawn at any time.
public enum ConsentPurpose: String, CaseIterable, Codable, Sendable {
    case contact
    case equalityMonitoring = "equality_monitoring"
    case equalityForReach = "equality_for_reach"
    case quotesAnonymous = "quotes_anonymous"
    case quotesNamed = "quotes_named"
    case photographsAndFilm = "photographs_film"

    public var label: String {
        switch self {
        case .contact: "Contact me"
        case .equalityMonitoring: "Keep my equality monitoring answers"
        case .equalityForReach: "Use my equality answers to reach under-represented groups"
        case .quotesAnonymous: "Use my words without my name"
        case .quotesNamed: "Use my words with my name"
        case .photographsAndFilm: "Use photographs and film of me"
        }
    }

    public var explanation: String {
        switch self {
        case .contact:
            "We can contact you about your involvement, including telling you what changed because of what you said."
        case .equalityMonitoring:
            "We can keep your answers about age, sex, ethnic group, disability and caring, to check we hear from everyone. They are only ever reported as totals."
        case .equalityForReach:
            "When you are interested in an opportunity that especially wants to hear from a group you belong to (such as young carers), the coordinator is told that, and nothing else about your answers."
        case .quotesAnonymous:
            "We can quote what you said in reports and on public pages, with anything that could identify you removed."
        case .quotesNamed:
            "We can quote what you said with your name, and credit you by name in reports."
        case .photographsAndFilm:
            "We can use photographs, film or recordings of you, for example a community reporting story."
        }
    }
}
