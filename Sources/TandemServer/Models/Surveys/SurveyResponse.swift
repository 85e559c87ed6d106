import Fluent
import Foundation
import TandemCore

/// One person's answers to a survey, online or from a paper form. Equality
/// monitoring answers are kept only when the respondent ticked consent to keep them.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class SurveyResponse: Model, EqualityFields, @unchecked Sendable {
    static let schema = "survey_responses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "survey_id") var survey: Survey
    /// Who typed in a paper response (empty for online answers).
    @OptionalParent(key: "entered_by_id") var enteredBy: Person?

    @Field(key: "source") var source: String
    /// May written answers be quoted, without a name?
    @Field(key: "consent_scope") var consentScope: ConsentScope
    @OptionalField(key: "age_band") var ageBand: String?
    @OptionalField(key: "sex") var sex: String?
    @OptionalField(key: "gender_identity") var genderIdentity: String?
    @OptionalField(key: "ethnic_group") var ethnicGroup: String?
    @OptionalField(key: "disability") var disability: String?
    @OptionalField(key: "carer") var carer: String?
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "is_demo") var isDemo: Bool

    init() {}

    init(
        surveyID: UUID, source: String, consentScope: ConsentScope, enteredByID: UUID?, submittedAt: Date = Date(),
        isDemo: Bool = false
    ) {
        self.$survey.id = surveyID
        self.source = source
        self.consentScope = consentScope
        self.$enteredBy.id = enteredByID
        self.submittedAt = submittedAt
        self.isDemo = isDemo
    }

}
