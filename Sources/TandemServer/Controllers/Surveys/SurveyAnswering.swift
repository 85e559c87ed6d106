import Fluent
import TandemCore
import Vapor

/// Checking and storing a set of answers to a survey, whether typed online by
/// the respondent or from a paper form by a volunteer. Written answers become
/// feedback items, linked to their response.
enum SurveyAnswering {
    static let consentField = "quote-consent"
    static let demographicsConsentField = "keep-about-you"

    /// What was submitted, kept as typed so a form with problems comes back filled in.
    struct Submission: Sendable {
        var values: [String: [String]] = [:]

        func answer(_ question: UUID) -> [String] { values["q-\(question.lowercasedString)"] ?? [] }
        func first(_ name: String) -> String? { values[name]?.first }
    }

    struct Checked {
        let answers: [(question: SurveyQuestion, values: [String])]
        let consentScope: ConsentScope
        let demographics: [String: String]
    }

    static func check(
        _ submission: Submission, questions: [SurveyQuestion], asksDemographics: Bool
    ) -> Result<Checked, FormErrors> {
        var errors = FormErrors()
        var answers: [(SurveyQuestion, [String])] = []
        for question in questions {
            let field = "q-\(question.id!.lowercasedString)"
            switch question.rule.check(submission.answer(question.id!)) {
            case .success(let values): answers.append((question, values))
            case .failure(let problem): errors.add(field, problem.message)
            }
        }
        var scope = ConsentScope.team
        if let raw = submission.first(consentField).nonBlank {
            if let chosen = ConsentScope(rawValue: raw) {
                scope = chosen
            } else {
                errors.add(consentField, "Select who may read what you wrote")
            }
        }
        var demographics: [String: String] = [:]
        if asksDemographics {
            for question in EqualityMonitoring.questions {
                guard let value = submission.first(question.id).nonBlank else { continue }
                if question.options.contains(where: { $0.value == value }) {
                    demographics[question.id] = value
                } else {
                    errors.add(question.id, "Select one of the answers for: \(question.question)")
                }
            }
            // Answers about the person are kept only with their agreement: never quietly dropped, never kept without it.
            if !demographics.isEmpty && submission.first(demographicsConsentField) != "yes" {
                errors.add(
                    demographicsConsentField,
                    "To keep your answers about you, tick the box to agree. Or leave those questions blank.")
            }
        }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(Checked(answers: answers, consentScope: scope, demographics: demographics))
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
