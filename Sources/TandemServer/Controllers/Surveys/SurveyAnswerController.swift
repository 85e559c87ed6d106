import Fluent
import TandemCore
import Vapor

/// Answering a survey: anyone, on its public link, while it is open; or a
/// project volunteer typing in a paper response.
enum SurveyAnswerController {
    static func show(req: Request) async throws -> Response {
        let survey = try await findPublic(req)
        guard survey.isAcceptingAnswers() else {
            return PublicSurveyPage.closed(title: survey.title, context: try await PageContext.make(req)).response(.gone)
        }
        return try await renderPublic(req, survey: survey, submission: .init(), errors: FormErrors())
    }

    static func submit(req: Request) async throws -> Response {
        let survey = try await findPublic(req)
        guard survey.isAcceptingAnswers() else {
            return PublicSurveyPage.closed(title: survey.title, context: try await PageContext.make(req)).response(.gone)
        }
        let submission = SurveyResponseForm(values: FormBody.parse(req.body.string ?? ""))
        let questions = try await SurveyController.questions(of: survey, on: req.db)
        let respondent = req.currentUser?.personID
        switch submission.validate(
            questions: questions, asksDemographics: survey.asksDemographics, contact: respondent == nil ? .byEmail : .signedIn)
        {
        case .failure(let errors):
            return try await renderPublic(req, survey: survey, submission: submission, errors: errors, status: .badRequest)
        case .success(let checked):
            try await SurveyAnswering.store(
                checked, survey: survey, source: "online", enteredBy: respondent, respondent: respondent, on: req.db)
            return req.seeOther(SiteURL.publicSurveyThanks(.value(survey.publicToken)))
        }
    }

    static func thanks(req: Request) async throws -> Response {
        let survey = try await findPublic(req)
        return PublicSurveyPage.thanks(title: survey.title, context: try await PageContext.make(req)).response()
    }

    static func paperForm(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.contributeEvidence)
        return try await renderPaper(req, survey: survey, project: project, submission: .init(), errors: FormErrors())
    }

    static func paperSubmit(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.contributeEvidence)
        guard survey.status != .draft else { throw AppError.conflict("Open the survey before entering responses") }
        let submission = SurveyResponseForm(values: FormBody.parse(req.body.string ?? ""))
        let questions = try await SurveyController.questions(of: survey, on: req.db)
        switch submission.validate(questions: questions, asksDemographics: survey.asksDemographics) {
        case .failure(let errors):
            return try await renderPaper(
                req, survey: survey, project: project, submission: submission, errors: errors, status: .badRequest)
        case .success(let checked):
            try await SurveyAnswering.store(
                checked, survey: survey, source: "paper", enteredBy: req.currentUser?.personID, on: req.db)
            try await req.flash("Paper response saved. You can enter the next one.")
            return req.seeOther(SiteURL.survey(.value(try survey.requireID()), .paper))
        }
    }

    /// Draft surveys are invisible on their link; open and closed ones say what they are.
    private static func findPublic(_ req: Request) async throws -> Survey {
        guard let token = try? req.text(.token),
            let survey = try await Survey.query(on: req.db).filter(\.$publicToken == token).first(),
            survey.status != .draft
        else { throw AppError.notFound }
        return survey
    }

    private static func renderPublic(
        _ req: Request, survey: Survey, submission: SurveyResponseForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await publicModel(
            survey: survey, submission: submission, errors: errors, signedIn: req.currentUser != nil, on: req.db)
        return PublicSurveyPage.render(model, context: try await PageContext.withForm(req)).response(status)
    }

    static func publicModel(
        survey: Survey, submission: SurveyResponseForm, errors: FormErrors, signedIn: Bool, on db: any Database
    ) async throws -> PublicSurveyPage.Model {
        return PublicSurveyPage.Model(
            token: survey.publicToken, title: survey.title, introduction: survey.introduction,
            questions: try await SurveyController.questions(of: survey, on: db).map { .init($0) },
            asksDemographics: survey.asksDemographics, closesOn: survey.closesOn, contact: signedIn ? .signedIn : .byEmail,
            submission: submission, errors: errors)
    }

    private static func renderPaper(
        _ req: Request, survey: Survey, project: Project, submission: SurveyResponseForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await paperModel(survey: survey, project: project, submission: submission, errors: errors, on: req.db)
        return PaperEntryPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func paperModel(
        survey: Survey, project: Project, submission: SurveyResponseForm, errors: FormErrors, on db: any Database
    ) async throws -> PaperEntryPage.Model {
        return PaperEntryPage.Model(
            header: try await ProjectController.header(project, on: db), surveyID: try survey.requireID(), title: survey.title,
            questions: try await SurveyController.questions(of: survey, on: db).map { .init($0) },
            asksDemographics: survey.asksDemographics, submission: submission, errors: errors)
    }
}
