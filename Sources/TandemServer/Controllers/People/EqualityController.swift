import Fluent
import TandemCore
import Vapor

/// Equality monitoring: a person's own answers (seen only by them and admins,
/// kept only with consent) and the totals everyone else may see.
enum EqualityController {
    static func edit(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.viewEqualityAnswers)
        let personID = try person.requireID()
        let saved = try await EqualityAnswers.query(on: req.db).filter(\.$person.$id == personID).first()
        return try await render(req, person: person, form: EqualityAnswersForm(saved), errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.editEqualityAnswers)
        let personID = try person.requireID()
        // Answers are accepted only while consent to keep them stands.
        guard try await ConsentController.hasActiveConsent(.equalityMonitoring, personID: personID, on: req.db) else {
            throw AppError.badRequest("Equality monitoring answers can only be saved with consent to keep them")
        }
        let form = try EqualityAnswersForm(decoding: req)
        let values: [String: String]
        switch form.validate() {
        case .success(let valid): values = valid
        case .failure(let errors): return try await render(req, person: person, form: form, errors: errors, status: .badRequest)
        }

        let existing = try await EqualityAnswers.query(on: req.db).filter(\.$person.$id == personID).first()
        let answers = existing ?? EqualityAnswers(personID: personID)
        var changed: [String] = []
        for question in EqualityMonitoring.questions where answers[equality: question.id] != values[question.id] {
            answers[equality: question.id] = values[question.id]
            changed.append(question.id)
        }
        if !changed.isEmpty {
            // The log names the questions whose answers changed, never the answers.
            try await answers.save(.by(req.auditActor, label: "\(person.name): equality answers", fields: changed), on: req.db)
        }
        try await req.flash(changed.isEmpty ? "No changes to save" : "Answers saved")
        return req.seeOther(SiteURL.person(.value(personID), .equality))
    }

    static func summary(req: Request) async throws -> Response {
        try req.authorize(.viewEqualitySummary)
        let model = try await summaryModel(on: req.db)
        return EqualitySummaryPage.render(model, context: try await PageContext.make(req, section: .equality)).response()
    }

    /// Totals per answer, with small numbers hidden by `DisclosureControl`.
    static func summaryModel(on db: any Database) async throws -> EqualitySummaryPage.Model {
        let all = try await EqualityAnswers.query(on: db).all()
        let tables = EqualityMonitoring.questions.map { question in
            let options = question.options
            let counts = options.map { option in all.filter { $0[equality: question.id] == option.value }.count }
            let notAnswered = all.filter { $0[equality: question.id] == nil }.count
            let cells = DisclosureControl.protectBreakdown(counts + [notAnswered])
            return EqualitySummaryPage.Table(
                question: question.question,
                rows: zip(options.map(\.label) + ["Not answered"], cells).map { .init(label: $0.0, cell: $0.1) })
        }
        return .init(respondents: all.count, tables: tables)
    }

    private static func render(
        _ req: Request, person: Person, form: EqualityAnswersForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await answersModel(
            person, form: form, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return EqualityAnswersPage.render(
            model, context: try await PageContext.withForm(req, section: model.isSelf ? .profile : .people)
        )
        .response(status)
    }

    static func answersModel(
        _ person: Person, form: EqualityAnswersForm, errors: FormErrors, viewer: Viewer,
        on db: any Database
    ) async throws -> EqualityAnswersPage.Model {
        let personID = try person.requireID()
        let ref = try await PersonController.personRef(person, on: db)
        return EqualityAnswersPage.Model(
            person: .init(person), isSelf: viewer.personID == personID,
            hasConsent: try await ConsentController.hasActiveConsent(.equalityMonitoring, personID: personID, on: db),
            canEdit: viewer.can(.editEqualityAnswers(ref)), form: form, errors: errors)
    }
}
