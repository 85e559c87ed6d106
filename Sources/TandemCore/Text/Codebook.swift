/// A theme people code comments with: a plain-English name, what it covers,
/// and (for the built-in codebook) phrases that suggest it before any
/// comment has been coded.
public struct CodebookTheme: Codable, Sendable, Equatable, Identifiable {
    public let id: String
    public let name: String
    public let description: String
    /// Words or phrases (lower case, as the tokeniser writes them) that point to this theme.
    public let phrases: [String]

    public init(id: String, name: String, description: String, phrases: [String]) {
        self.id = id
        self.name = name
        self.description = description
        self.phrases = phrases
    }
}

/// Tandem's own default codebook of patient-experience themes, written for
/// people coding comments together: short names, plain descriptions.
public enum DefaultCodebook {
    public static let themes: [CodebookTheme] = [
        .init(
            id: "waiting", name: "Waiting and delays",
            description: "How long people waited: for an ambulance, an appointment, a result, in the waiting room, on the phone.",
            phrases: [
                "wait", "waited", "waiting", "delay", "delays", "delayed", "hours", "took ages", "long time", "queue",
                "late", "on time", "quick", "quickly", "promptly", "prompt", "straight away", "no wait", "slow",
            ]),
        .init(
            id: "staff-attitude", name: "Kindness and attitude of staff",
            description: "How staff treated people: kind, caring, friendly and respectful, or rude and dismissive.",
            phrases: [
                "kind", "kindness", "caring", "friendly", "lovely", "polite", "rude", "respectful", "compassionate",
                "patient with", "attitude", "manner", "helpful", "unhelpful", "nice", "welcoming", "dismissive", "reassuring",
            ]),
        .init(
            id: "listening", name: "Being listened to and involved",
            description: "Whether people felt heard, understood and involved in decisions about their care.",
            phrases: [
                "listened", "listen", "listening", "understood", "understanding", "involved", "ignored",
                "took me seriously", "did not listen", "not listen", "explained options", "my views", "heard",
            ]),
        .init(
            id: "information", name: "Information and explanations",
            description: "Being told what was happening and why, clearly and consistently; written information and advice.",
            phrases: [
                "explained", "explain", "information", "informed", "kept informed", "updated", "update", "told",
                "no one told", "clear", "confusing", "leaflet", "advice", "communication", "letter",
            ]),
        .init(
            id: "contact", name: "Getting through and contacting services",
            description: "Phoning, getting an answer, call backs, online contact and reaching the right person.",
            phrases: [
                "phone", "phoned", "call", "called", "calls", "answer", "answered", "call back", "ring", "rang",
                "get through", "engaged", "on hold", "email", "online", "111",
            ]),
        .init(
            id: "appointments", name: "Appointments and booking",
            description: "Getting, booking, changing and cancelling appointments; appointment times and methods.",
            phrases: [
                "appointment", "appointments", "booking", "booked", "book", "cancelled", "rearranged", "slot",
                "video call", "telephone appointment", "face to face", "reception",
            ]),
        .init(
            id: "skill", name: "Skill and competence",
            description: "Whether staff knew what they were doing: professional skill, training and thoroughness.",
            phrases: [
                "professional", "competent", "knowledgeable", "thorough", "efficient", "experienced", "skilled",
                "trained", "training", "unprofessional", "incompetent", "expert",
            ]),
        .init(
            id: "staffing", name: "Staffing levels",
            description: "Having enough staff, staff being rushed or overstretched, and seeing the same staff.",
            phrases: [
                "short staffed", "understaffed", "not enough staff", "more staff", "busy", "rushed", "overworked",
                "same nurse", "different doctor", "agency", "continuity",
            ]),
        .init(
            id: "transport", name: "Transport and getting there",
            description: "Patient transport, ambulances arriving, journeys, distance and location.",
            phrases: [
                "transport", "driver", "drivers", "ambulance", "crew", "journey", "picked up", "pick up", "taxi",
                "bus", "travel", "distance", "far",
            ]),
        .init(
            id: "parking", name: "Parking",
            description: "Finding and paying for parking.",
            phrases: ["parking", "car park", "park", "parking fees", "parking charges"]),
        .init(
            id: "environment", name: "Environment and facilities",
            description: "The building, rooms, noise, temperature, toilets, seating and equipment.",
            phrases: [
                "ward", "room", "building", "noise", "noisy", "cold", "hot", "toilet", "toilets", "seating", "chairs",
                "facilities", "equipment", "comfortable", "bed",
            ]),
        .init(
            id: "cleanliness", name: "Cleanliness and infection control",
            description: "How clean things were, and hand washing and infection control.",
            phrases: [
                "clean", "cleanliness", "dirty", "hygiene", "hygienic", "tidy", "messy", "infection", "hand gel", "spotless",
            ]),
        .init(
            id: "food", name: "Food and drink",
            description: "Meals, drinks, choice and help with eating.",
            phrases: [
                "food", "meal", "meals", "drink", "drinks", "tea", "coffee", "breakfast", "lunch", "dinner", "hungry",
                "water", "menu",
            ]),
        .init(
            id: "medication", name: "Medicines",
            description: "Getting the right medicines on time, prescriptions, and understanding side effects.",
            phrases: [
                "medication", "medicine", "medicines", "tablets", "prescription", "prescribed", "pharmacy", "dose",
                "side effects", "painkillers",
            ]),
        .init(
            id: "pain", name: "Pain and symptom relief",
            description: "Whether pain and other symptoms were managed well.",
            phrases: ["pain", "painful", "pain relief", "painkillers", "hurt", "hurting", "discomfort", "symptoms"]),
        .init(
            id: "treatment", name: "Treatment and its results",
            description: "The care and treatment itself, diagnosis, and whether it helped.",
            phrases: [
                "treatment", "treated", "diagnosis", "diagnosed", "assessment", "assessed", "care plan", "therapy",
                "helped me", "better", "recovery", "outcome", "made a difference", "saved my life",
            ]),
        .init(
            id: "discharge", name: "Admission, discharge and referral",
            description: "Coming into and leaving a service, referrals between services, and follow-up.",
            phrases: [
                "discharge", "discharged", "admitted", "admission", "referral", "referred", "follow up", "follow-up",
                "sent home", "transfer", "handover",
            ]),
        .init(
            id: "dignity", name: "Privacy, dignity and safety",
            description: "Being treated with dignity, privacy, feeling safe, and safeguarding.",
            phrases: ["dignity", "privacy", "private", "safe", "unsafe", "feel safe", "respect", "embarrassed", "safeguarding"]),
        .init(
            id: "equality", name: "Equality and access",
            description: "Fair treatment for everyone: disability, language, interpreters, culture and reasonable adjustments.",
            phrases: [
                "interpreter", "language", "english", "disability", "disabled", "wheelchair", "deaf", "blind",
                "discrimination", "discriminated", "accessible", "access", "autism", "learning disability",
            ]),
        .init(
            id: "family", name: "Family and carers",
            description: "How family members and carers were involved, informed and supported.",
            phrases: [
                "family", "carer", "carers", "husband", "wife", "partner", "son", "daughter", "mother", "father",
                "mum", "dad", "relatives", "visiting",
            ]),
        .init(
            id: "praise", name: "Thanks and praise",
            description: "Overall gratitude and praise for the service or the people in it.",
            phrases: [
                "thank", "thanks", "thank you", "grateful", "excellent", "brilliant", "fantastic", "amazing", "great",
                "wonderful", "outstanding", "could not fault", "nothing to improve", "keep up", "well done", "best",
            ]),
        .init(
            id: "dissatisfaction", name: "Complaints and dissatisfaction",
            description: "Overall unhappiness with the service, or a wish to complain.",
            phrases: [
                "complaint", "complain", "disappointed", "disgusting", "appalling", "terrible", "awful", "worst",
                "unacceptable", "poor", "bad", "shocking", "angry", "upset",
            ]),
    ]
}

/// Suggests themes from a codebook's phrases: the cold start, before any
/// comment has been coded. Each phrase found adds evidence; confidence grows
/// with the evidence but never claims certainty.
public struct KeywordSuggester: Sendable {
    public let themes: [CodebookTheme]
    /// Phrases as token sequences, by theme.
    private let patterns: [[[String]]]

    public init(themes: [CodebookTheme] = DefaultCodebook.themes) {
        self.themes = themes
        patterns = themes.map { theme in theme.phrases.map { Tokeniser.words($0) }.filter { !$0.isEmpty } }
    }

    public struct Suggestion: Codable, Sendable, Equatable {
        public let themeID: String
        public let theme: String
        public let confidence: Float
        /// The phrases that matched, so people can see why.
        public let because: [String]
    }

    public func suggest(_ text: String, limit: Int = 5) -> [Suggestion] {
        let words = Tokeniser.words(text)
        guard !words.isEmpty else { return [] }
        var suggestions: [Suggestion] = []
        for (index, theme) in themes.enumerated() {
            var matched: [String] = []
            for pattern in patterns[index] where Self.contains(words, pattern) {
                matched.append(pattern.joined(separator: " "))
            }
            guard !matched.isEmpty else { continue }
            // Longer phrases are stronger evidence than single words.
            let evidence = matched.reduce(Float(0)) { $0 + Float($1.split(separator: " ").count) }
            suggestions.append(
                Suggestion(
                    themeID: theme.id, theme: theme.name,
                    confidence: min(0.9, 1 - exp(-0.6 * evidence)), because: matched))
        }
        return Array(suggestions.sorted { $0.confidence > $1.confidence }.prefix(limit))
    }

    static func contains(_ words: [String], _ pattern: [String]) -> Bool {
        guard pattern.count <= words.count else { return false }
        for start in 0...(words.count - pattern.count) where words[start] == pattern[0] {
            if Array(words[start..<(start + pattern.count)]) == pattern { return true }
        }
        return false
    }
}

import Foundation
