import Fluent
import TandemCore
import Vapor

/// Storing a set of answers to a survey (checked by `SurveyResponseForm`), whether typed
/// online by the respondent or from a paper form by a volunteer. Written answers become
/// feedback items, linked to their response.
enum SurveyAnswering {
    struct Checked: Sendable {
        let answers: [(question: SurveyQuestion, values: [String])]
        let consentScope: ConsentScope
        let demographics: [String: String]
    }

    /// Stores a checked response, its answers and its written answers as evidence, in one transaction.
    static func store(
        _ checked: Checked, survey: Survey, source: String, enteredBy: UUID?, submittedAt: Date = Date(),
        isDemo: Bool = false, on db: any Database
    ) async throws {
        let surveyID = try survey.requireID()
        let project = try await survey.$project.get(on: db)
        try await db.transaction { db in
            let response = SurveyResponse(
                surveyID: surveyID, source: source, consentScope: checked.consentScope, enteredByID: enteredBy,
                submittedAt: submittedAt, isDemo: isDemo)
            for (question, value) in checked.demographics { response[equality: question] = value }
            try await response.create(on: db)
            let responseID = try response.requireID()
            var written: [EvidenceStore.NewItem] = []
            for (question, values) in checked.answers {
                for value in values {
                    try await SurveyAnswer(responseID: responseID, questionID: question.requireID(), value: value).create(on: db)
                }
                if question.kind == .freeText, let text = values.first {
                    written.append(
                        EvidenceStore.NewItem(
                            method: survey.audience.method, sourceKind: "survey", sourceID: responseID, text: text,
                            consentScope: checked.consentScope, occurredOn: CalendarDate.startOfDay(submittedAt),
                            question: question.text))
                }
            }
            try await EvidenceStore.add(written, to: project, addedBy: enteredBy, isDemo: isDemo, on: db)
        }
    }
}
