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

    /// The name Tandem keeps for someone who asked to be told but gave no name.
    static let unnamedRespondent = "Survey respondent"

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
                contributorID = try await contactFor(tellMe, respondent: respondent, survey: survey, on: db)
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

    /// The person to tell: the signed-in respondent, the person who already has this address,
    /// or a new person with only an address (and a name if given). Each gets a "contact me"
    /// consent for this survey's changes unless they already have one.
    private static func contactFor(
        _ tellMe: TellMe, respondent: UUID?, survey: Survey, on db: any Database
    ) async throws -> UUID? {
        let person: Person
        switch tellMe {
        case .throughAccount:
            guard let respondent, let found = try await Person.find(respondent, on: db) else { return respondent }
            person = found
        case .byEmail(let email, let name):
            if let found = try await Person.query(on: db).filter(\.$email == email).first() {
                person = found
            } else {
                person = Person(name: name ?? unnamedRespondent, email: email)
                try await person.save(
                    .by(publicForm, label: person.name, fields: ["name", "email"], as: .created), on: db)
            }
        }
        let personID = try person.requireID()
        let alreadyAgreed =
            try await ConsentRecord.query(on: db).filter(\.$person.$id == personID)
            .filter(\.$purpose == ConsentPurpose.contact).filter(\.$withdrawnAt == nil).count() > 0
        if !alreadyAgreed {
            let consent = ConsentRecord(
                personID: personID, purpose: .contact,
                howGiven: "Ticked \u{201C}tell me what changes\u{201D} on the survey \u{201C}\(survey.title)\u{201D}",
                givenAt: Date(), recordedByID: respondent)
            try await consent.save(
                .by(
                    respondent == nil ? publicForm : AuditActor(personID: respondent, label: person.name),
                    label: person.name, fields: [ConsentPurpose.contact.rawValue], as: .consentGiven), on: db)
        }
        return personID
    }

    /// Who made the change when someone answers on the public link without signing in.
    static let publicForm = AuditActor(personID: nil, label: "A survey respondent, on the public survey")
}
