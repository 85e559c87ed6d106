/// The kinds of question a survey can ask.
public enum SurveyQuestionKind: String, CaseIterable, Codable, Sendable {
    /// The longest written answer a survey takes.
    public static let writtenAnswerMaximum = 5_000

    case singleChoice = "single_choice"
    case multipleChoice = "multiple_choice"
    case rating
    case friendsAndFamily = "friends_and_family"
    case yesNo = "yes_no"
    case freeText = "free_text"

    public var label: String {
        switch self {
        case .singleChoice: "Choose one answer"
        case .multipleChoice: "Choose any answers"
        case .rating: "Rating from 1 to 5"
        case .friendsAndFamily: "Friends and Family Test"
        case .yesNo: "Yes or no"
        case .freeText: "Written answer"
        }
    }

    /// Whether the author writes the answer options.
    public var needsOptions: Bool { self == .singleChoice || self == .multipleChoice }

    /// The answers people choose from (for kinds with fixed answers).
    public var fixedOptions: [String] {
        switch self {
        case .rating: ["1", "2", "3", "4", "5"]
        case .friendsAndFamily: FriendsAndFamilyTest.answers
        case .yesNo: ["Yes", "No"]
        default: []
        }
    }
}

/// The NHS Friends and Family Test question and its answer scale.
public enum FriendsAndFamilyTest {
    public static let question = "Overall, how was your experience of our service?"
    public static let answers = ["Very good", "Good", "Neither good nor poor", "Poor", "Very poor", "Don't know"]

    /// The FFT's 1 (very good) to 6 (don't know) number for an answer.
    public static func rating(for answer: String) -> Int? {
        answers.firstIndex(of: answer).map { $0 + 1 }
    }

    /// The two figures NHS England publishes for the FFT: the share of answers that were
    /// positive (very good or good) and negative (poor or very poor), each of every answer
    /// given, "Don't know" and "Neither" included.
    public struct Score: Sendable, Equatable {
        public let positive: Int
        public let negative: Int
        public let answers: Int

        public var positiveShare: String { Share.percent(positive, of: answers) }
        public var negativeShare: String { Share.percent(negative, of: answers) }
    }

    /// - Parameter counts: how many gave each answer, by its words.
    public static func score(_ counts: [String: Int]) -> Score {
        Score(
            positive: (counts[answers[0]] ?? 0) + (counts[answers[1]] ?? 0),
            negative: (counts[answers[3]] ?? 0) + (counts[answers[4]] ?? 0),
            answers: answers.reduce(0) { $0 + (counts[$1] ?? 0) })
    }
}

/// A survey question as the answer checks need it.
public struct QuestionRule: Sendable {
    public let kind: SurveyQuestionKind
    public let text: String
    public let required: Bool
    public let options: [String]

    public init(kind: SurveyQuestionKind, text: String, required: Bool, options: [String]) {
        self.kind = kind
        self.text = text
        self.required = required
        self.options = options
    }

    public var choices: [String] { kind.needsOptions ? options : kind.fixedOptions }

    /// Checks what was submitted for this question; the accepted answer values or a plain-English problem.
    public func check(_ submitted: [String]) -> Result<[String], FieldProblem> {
        let values = submitted.map(\.trimmed).filter { !$0.isEmpty }
        if values.isEmpty {
            if required {
                return .failure(
                    FieldProblem(kind == .freeText ? "Answer the question: \(text)" : "Select an answer for: \(text)"))
            }
            return .success([])
        }
        switch kind {
        case .freeText:
            let answer = values.joined(separator: "\n")
            guard answer.count <= SurveyQuestionKind.writtenAnswerMaximum else {
                return .failure(FieldProblem("Your answer must be 5,000 characters or fewer"))
            }
            return .success([answer])
        case .multipleChoice:
            guard values.allSatisfy(choices.contains) else {
                return .failure(FieldProblem("Select answers from the list for: \(text)"))
            }
            return .success(choices.filter(values.contains))
        default:
            guard values.count == 1, let value = values.first, choices.contains(value) else {
                return .failure(FieldProblem("Select one answer for: \(text)"))
            }
            return .success([value])
        }
    }
}

/// Where a survey is in its life.
public enum SurveyStatus: String, CaseIterable, Codable, Sendable {
    case draft, open, closed

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .open: "Open"
        case .closed: "Closed"
        }
    }
}

/// Who a survey is for; it decides the method its evidence is filed under.
public enum SurveyAudience: String, CaseIterable, Codable, Sendable {
    case patients, carers, staff

    public var label: String {
        switch self {
        case .patients: "Patients"
        case .carers: "Carers"
        case .staff: "Staff"
        }
    }

    public var method: EvidenceMethod {
        switch self {
        case .patients: .patientSurvey
        case .carers: .carerSurvey
        case .staff: .staffSurvey
        }
    }
}
