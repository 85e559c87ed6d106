import Foundation

/// The PPG's own view of what it needs: statements in five sections, each answered on a
/// four-point scale. Coordinators may reword the statements; each wording is a version, and an
/// assessment keeps the version it was answered on, so old answers stay readable.
public enum AssessmentSection: String, CaseIterable, Codable, Sendable {
    case membership
    case practice
    case pcn
    case improvements
    case running

    public var label: String {
        switch self {
        case .membership: "Membership and diversity"
        case .practice: "Working with the practice"
        case .pcn: "Working with the Primary Care Network"
        case .improvements: "Making improvements"
        case .running: "Running the group"
        }
    }

    /// The health-check criterion the section speaks to, if any (the buddy scheme reads both).
    public var criterion: HealthCriterion? {
        switch self {
        case .membership: .activeAndRepresentative
        case .practice: .partnership
        case .pcn: .primaryCareNetwork
        case .improvements: .improvements
        case .running: nil
        }
    }
}

public enum AssessmentLevel: Int, CaseIterable, Codable, Sendable {
    case notInPlace = 0
    case starting = 1
    case mostly = 2
    case fully = 3

    public var label: String {
        switch self {
        case .notInPlace: "Not in place"
        case .starting: "Starting"
        case .mostly: "Mostly in place"
        case .fully: "Fully in place"
        }
    }

    /// How the ranked needs speak of a PPG at this level ("are starting on ...").
    public var phrase: String {
        switch self {
        case .notInPlace: "have not begun"
        case .starting: "are starting on"
        case .mostly: "mostly have in place"
        case .fully: "fully have in place"
        }
    }
}

public struct AssessmentStatement: Codable, Sendable, Equatable {
    public let key: String
    public let section: AssessmentSection
    public var text: String

    public init(key: String, section: AssessmentSection, text: String) {
        self.key = key
        self.section = section
        self.text = text
    }
}

public enum SelfAssessment {
    /// The first version's statements, in plain English.
    public static let standardStatements: [AssessmentStatement] = [
        .init(key: "younger-members", section: .membership, text: "Recruiting younger members"),
        .init(key: "reflects-patients", section: .membership, text: "Our members reflect the practice's patients"),
        .init(key: "welcoming", section: .membership, text: "New members are welcomed and supported"),
        .init(key: "staff-attend", section: .practice, text: "Practice staff come to our meetings"),
        .init(key: "practice-responds", section: .practice, text: "The practice answers what we raise"),
        .init(key: "shared-priorities", section: .practice, text: "We agree priorities with the practice each year"),
        .init(key: "pcn-link", section: .pcn, text: "We have a link with our Primary Care Network"),
        .init(key: "pcn-forum", section: .pcn, text: "We take part in PCN-wide patient meetings"),
        .init(key: "hear-patients", section: .improvements, text: "We gather patients' views beyond the group"),
        .init(key: "changes-made", section: .improvements, text: "Changes are made because of what we raise"),
        .init(key: "tell-patients", section: .improvements, text: "We tell patients what changed (you said, we did)"),
        .init(key: "terms-of-reference", section: .running, text: "We have agreed terms of reference"),
        .init(key: "officers", section: .running, text: "We have a chair and officers, and share the work"),
        .init(key: "review-membership", section: .running, text: "We review our membership every year"),
    ]

    /// Each section's score from 0 (nothing in place) to 100 (everything fully in place);
    /// sections with no answer are left out.
    public static func sectionScores(
        _ answers: [String: AssessmentLevel], statements: [AssessmentStatement]
    ) -> [AssessmentSection: Int] {
        var result: [AssessmentSection: Int] = [:]
        for section in AssessmentSection.allCases {
            let levels = statements.filter { $0.section == section }.compactMap { answers[$0.key]?.rawValue }
            guard !levels.isEmpty else { continue }
            result[section] = Int((Double(levels.reduce(0, +)) / Double(levels.count * 3) * 100).rounded())
        }
        return result
    }

    /// A need across the ICB: how many PPGs have not begun or are starting on a statement.
    public struct Need: Sendable, Equatable {
        public let statement: AssessmentStatement
        public let notInPlace: Int
        public let starting: Int
        public var total: Int { notInPlace + starting }

        /// "31 PPGs are starting on: Recruiting younger members (and 4 have not begun)".
        public var sentence: String {
            func ppgs(_ count: Int, _ one: String, _ many: String) -> String {
                "\(count) PPG\(count == 1 ? " \(one)" : "s \(many)")"
            }
            let startingLeads = starting >= notInPlace
            var words =
                startingLeads
                ? ppgs(starting, "is starting on", "are starting on") : ppgs(notInPlace, "has not begun on", "have not begun on")
            words += ": \(statement.text)"
            let other = startingLeads ? notInPlace : starting
            if other > 0 {
                words +=
                    startingLeads
                    ? " (and \(other) \(other == 1 ? "has" : "have") not begun)"
                    : " (and \(other) \(other == 1 ? "is" : "are") starting)"
            }
            return words
        }
    }

    /// The needs across the ICB from each PPG's latest answers, most PPGs first.
    public static func rankedNeeds(_ latest: [[String: AssessmentLevel]], statements: [AssessmentStatement]) -> [Need] {
        statements.map { statement in
            Need(
                statement: statement, notInPlace: latest.filter { $0[statement.key] == .notInPlace }.count,
                starting: latest.filter { $0[statement.key] == .starting }.count)
        }
        .filter { $0.total > 0 }
        .sorted { ($0.total, $1.statement.key) > ($1.total, $0.statement.key) }
    }
}
