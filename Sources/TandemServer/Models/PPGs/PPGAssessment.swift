import Fluent
import Foundation
import TandemCore

/// One wording of the self-assessment's statements. A coordinator's change makes a new version;
/// assessments keep the version they were answered on.
final class PPGQuestionnaire: Model, @unchecked Sendable {
    static let schema = "ppg_questionnaires"

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "created_by_id") var createdBy: Person?
    @Field(key: "version") var version: Int
    /// The statements as JSON text (`AssessmentStatement`s), the same on both databases.
    @Field(key: "statements") var statementsJSON: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(version: Int, statements: [AssessmentStatement], createdByID: UUID?) {
        self.version = version
        self.statementsJSON = JSONText.encode(statements)
        self.$createdBy.id = createdByID
        self.createdAt = Date()
    }

    var statements: [AssessmentStatement] { JSONText.decode([AssessmentStatement].self, statementsJSON) ?? [] }
}

/// A PPG's answers to the self-assessment on one day.
final class PPGAssessment: Model, @unchecked Sendable {
    static let schema = "ppg_assessments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @Parent(key: "questionnaire_id") var questionnaire: PPGQuestionnaire
    @OptionalParent(key: "completed_by_id") var completedBy: Person?

    @Field(key: "completed_on") var completedOn: Date
    /// Each statement's level by its key, as JSON text.
    @Field(key: "answers") var answersJSON: String
    /// Each statement's comment by its key, as JSON text.
    @Field(key: "comments") var commentsJSON: String
    /// "What help would make the most difference".
    @Field(key: "help") var help: String
    /// Each section's score (0 to 100) by its raw value, as JSON text: read by the heat map without the statements.
    @Field(key: "scores") var scoresJSON: String

    init() {}

    init(
        ppgID: UUID, questionnaire: PPGQuestionnaire, answers: [String: AssessmentLevel], comments: [String: String],
        help: String,
        completedByID: UUID?, on day: Date = Date()
    ) throws {
        self.$ppg.id = ppgID
        self.$questionnaire.id = try questionnaire.requireID()
        self.completedOn = day
        self.answersJSON = JSONText.encode(answers.mapValues(\.rawValue))
        self.commentsJSON = JSONText.encode(comments)
        self.help = help
        self.$completedBy.id = completedByID
        let scores = SelfAssessment.sectionScores(answers, statements: questionnaire.statements)
        self.scoresJSON = JSONText.encode(Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, $0.value) }))
    }

    var answers: [String: AssessmentLevel] {
        (JSONText.decode([String: Int].self, answersJSON) ?? [:]).compactMapValues(AssessmentLevel.init(rawValue:))
    }
    var comments: [String: String] { JSONText.decode([String: String].self, commentsJSON) ?? [:] }
    var scores: [AssessmentSection: Int] {
        Dictionary(
            uniqueKeysWithValues: (JSONText.flat(scoresJSON) ?? [:]).compactMap { key, value in
                AssessmentSection(rawValue: key).flatMap { section in Int(value).map { (section, $0) } }
            })
    }
}

/// JSON kept in a text column: the same on SQLite and PostgreSQL, and read only by its model.
enum JSONText {
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) -> Value? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A flat object of names to strings or numbers, read without the general decoder when it can be (`FlatJSON`).
    static func flat(_ text: String) -> [String: String]? {
        FlatJSON.object(text) ?? decode([String: String].self, text)
    }
}
