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
        var tellMe: TellMe? = nil
    }

    /// A respondent's request to be told what changes because of the survey; ticking the box
    /// is their agreement to be contacted about it.
    enum TellMe: Sendable, Equatable {
        /// Signed in: told through their account's inbox and email.
        case throughAccount
        /// On the public link: told at this address, greeted by the name if given.
        case byEmail(String, name: String?)
    }

    /// Stores a checked response, its answers and its written answers as evidence, in one transaction.
    /// `respondent` is the signed-in person answering online: their written answers are linked to them.
    static func store(
        _ checked: Checked, survey: Survey, source: String, enteredBy: UUID?, respondent: UUID? = nil,
        submittedAt: Date = Date(), isDemo: Bool = false, on db: any Database
    ) async throws {
        let surveyID = try survey.requireID()
        let project = try await survey.$project.get(on: db)
        try await db.transaction { db in
            var contributorID = respondent
            if let tellMe = checked.tellMe {
                let howGiven = "Ticked \u{201C}tell me what changes\u{201D} on the survey \u{201C}\(survey.title)\u{201D}"
                switch tellMe {
                case .throughAccount:
                    if let respondent {
                        contributorID = try await ContactConsent.record(.person(respondent), howGiven: howGiven, on: db)
                    }
                case .byEmail(let email, let name):
                    contributorID = try await ContactConsent.record(.address(email, name: name), howGiven: howGiven, on: db)
                }
            }
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
                            question: question.text, contributorID: contributorID))
                }
            }
            try await EvidenceStore.add(written, to: project, addedBy: enteredBy, isDemo: isDemo, on: db)
        }
    }

}
