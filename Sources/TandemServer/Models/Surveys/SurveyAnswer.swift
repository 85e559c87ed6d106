import Fluent
import Foundation

/// The answer to one question in one response. Several choices are several rows.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class SurveyAnswer: Model, @unchecked Sendable {
    static let schema = "survey_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "response_id") var response: SurveyResponse
    @Parent(key: "question_id") var question: SurveyQuestion
    @Field(key: "value") var value: String

    init() {}

    init(responseID: UUID, questionID: UUID, value: String) {
        self.$response.id = responseID
        self.$question.id = questionID
        self.value = value
    }
}
