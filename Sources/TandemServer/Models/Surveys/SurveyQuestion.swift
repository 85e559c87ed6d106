import Fluent
import Foundation
import TandemCore

/// One question of a survey.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class SurveyQuestion: Model, @unchecked Sendable {
    static let schema = "survey_questions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "survey_id") var survey: Survey
    @Field(key: "position") var position: Int
    @Field(key: "kind") var kind: SurveyQuestionKind
    @Field(key: "text") var text: String
    @Field(key: "help_text") var helpText: String
    @Field(key: "required") var required: Bool
    @Field(key: "options") var options: [String]

    init() {}

    init(
        surveyID: UUID, position: Int, kind: SurveyQuestionKind, text: String, helpText: String, required: Bool,
        options: [String]
    ) {
        self.$survey.id = surveyID
        self.position = position
        self.kind = kind
        self.text = text
        self.helpText = helpText
        self.required = required
        self.options = options
    }
    var rule: QuestionRule { QuestionRule(kind: kind, text: text, required: required, options: options) }
}
