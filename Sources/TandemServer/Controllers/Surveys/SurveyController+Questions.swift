import Fluent
import TandemCore
import Vapor

/// Adding, changing, moving and removing questions. Once a survey has answers
/// its questions are fixed, so answers always match the questions they answer.
extension SurveyController {
    static func addQuestion(req: Request) async throws -> Response {
        let (survey, project, ref) = try await req.owned(Survey.self, Permission.manageProject)
        try await requireNoAnswers(survey, on: req.db)
        let input = try req.content.decode(QuestionForm.self)
        switch input.validate() {
        case .failure(let errors):
            return try await renderBuilder(
                req, survey: survey, project: project, ref: ref, questionInput: input, errors: errors, status: .badRequest)
        case .success(let valid):
            let position = (try await questions(of: survey, on: req.db).map(\.position).max() ?? -1) + 1
            try await SurveyQuestion(
                surveyID: survey.requireID(), position: position, kind: valid.kind, text: valid.text,
                helpText: valid.help, required: valid.required, options: valid.options
            ).create(on: req.db)
            try await req.flash("Question added")
            return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
        }
    }

    static func editQuestion(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        let question = try await findQuestion(req, survey)
        let input = QuestionForm(
            kind: question.kind.rawValue, text: question.text, help: question.helpText,
            required: question.required ? "yes" : "no", options: question.options.joined(separator: "\n"))
        return try await renderQuestion(
            req, survey: survey, project: project, question: question, input: input, errors: FormErrors())
    }

    static func updateQuestion(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        try await requireNoAnswers(survey, on: req.db)
        let question = try await findQuestion(req, survey)
        let input = try req.content.decode(QuestionForm.self)
        switch input.validate() {
        case .failure(let errors):
            return try await renderQuestion(
                req, survey: survey, project: project, question: question, input: input, errors: errors,
                status: .badRequest)
        case .success(let valid):
            question.kind = valid.kind
            question.text = valid.text
            question.helpText = valid.help
            question.required = valid.required
            question.options = valid.options
            try await question.save(on: req.db)
            try await req.flash("Question saved")
            return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
        }
    }

    static func moveQuestion(req: Request) async throws -> Response {
        let (survey, _, _) = try await req.owned(Survey.self, Permission.manageProject)
        let question = try await findQuestion(req, survey)
        let input = try req.content.decode(QuestionForm.self)
        let all = try await questions(of: survey, on: req.db)
        guard let index = all.firstIndex(where: { $0.id == question.id }) else { throw AppError.notFound }
        let other = input.direction == "up" ? index - 1 : index + 1
        if all.indices.contains(other) {
            let swapped = all[other]
            let position = question.position
            question.position = swapped.position
            swapped.position = position
            try await req.db.transaction { db in
                try await question.save(on: db)
                try await swapped.save(on: db)
            }
        }
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())).path + "#questions")
    }

    static func removeQuestion(req: Request) async throws -> Response {
        let (survey, _, _) = try await req.owned(Survey.self, Permission.manageProject)
        try await requireNoAnswers(survey, on: req.db)
        let question = try await findQuestion(req, survey)
        try await question.delete(on: req.db)
        try await req.flash("Question removed")
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
    }

    /// Refuses a change to the questions while the survey is open or once it has answers (`SurveyRules`).
    private static func requireNoAnswers(_ survey: Survey, on db: any Database) async throws {
        let responses = try await SurveyResponse.query(on: db).filter(\.$survey.$id == survey.requireID()).count()
        if let why = SurveyRules.whyQuestionsCannotChange(isOpen: survey.status == .open, responses: responses) {
            throw AppError.conflict(why)
        }
    }

    private static func findQuestion(_ req: Request, _ survey: Survey) async throws -> SurveyQuestion {
        guard
            let question = try await SurveyQuestion.query(on: req.db).filter(\.$id == req.id(.question))
                .filter(\.$survey.$id == survey.requireID()).first()
        else { throw AppError.notFound }
        return question
    }

    private static func renderQuestion(
        _ req: Request, survey: Survey, project: Project, question: SurveyQuestion, input: QuestionForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await questionModel(
            survey: survey, project: project, question: question, input: input, errors: errors, on: req.db)
        return QuestionEditPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func questionModel(
        survey: Survey, project: Project, question: SurveyQuestion, input: QuestionForm, errors: FormErrors, on db: any Database
    ) async throws -> QuestionEditPage.Model {
        return QuestionEditPage.Model(
            header: try await ProjectController.header(project, on: db), surveyID: try survey.requireID(),
            surveyTitle: survey.title, questionID: try question.requireID(), input: input, errors: errors)
    }
}
