import Fluent
import TandemCore
import Vapor

/// Surveys of a project: the list, the builder and the survey's details.
/// Questions are in `+Questions.swift`, opening and closing in `+Status.swift`.
enum SurveyController {
    /// A public link token: 16 random bytes, URL-safe.
    static func newToken() -> String { String(SessionToken.generate().prefix(22)) }

    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        let model = try await listModel(
            project, ref: ref, viewer: try req.requireUser().viewer, form: .blank, errors: FormErrors(), on: req.db)
        return SurveyListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response()
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let form = try req.content.decode(SurveyForm.self)
        switch form.validate() {
        case .failure(let errors):
            let model = try await listModel(
                project, ref: ref, viewer: try req.requireUser().viewer, form: form, errors: errors, on: req.db)
            return SurveyListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(
                .badRequest)
        case .success(let valid):
            let survey = Survey(
                projectID: try project.requireID(), title: valid.title, introduction: valid.introduction,
                audience: valid.audience, asksDemographics: valid.asksDemographics, publicToken: newToken())
            try await survey.create(on: req.db)
            try await req.flash("Survey created. Add its questions, then open it.")
            return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
        }
    }

    static func show(req: Request) async throws -> Response {
        let (survey, project, ref) = try await req.owned(Survey.self, Permission.viewProject)
        return try await renderBuilder(
            req, survey: survey, project: project, ref: ref, questionInput: QuestionForm(kind: nil),
            errors: FormErrors())
    }

    static func edit(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        let model = try await editModel(survey, project: project, form: SurveyForm(survey), errors: FormErrors(), on: req.db)
        return SurveyEditPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response()
    }

    static func update(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        let form = try req.content.decode(SurveyForm.self)
        switch form.validate(saved: survey.closesOn) {
        case .failure(let errors):
            let model = try await editModel(survey, project: project, form: form, errors: errors, on: req.db)
            return SurveyEditPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(
                .badRequest)
        case .success(let valid):
            survey.title = valid.title
            survey.introduction = valid.introduction
            survey.audience = valid.audience
            survey.asksDemographics = valid.asksDemographics
            survey.invited = valid.invited
            survey.closesOn = valid.closesOn
            try await survey.save(on: req.db)
            try await req.flash("Survey details saved")
            return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
        }
    }

    static func questions(of survey: Survey, on db: any Database) async throws -> [SurveyQuestion] {
        try await SurveyQuestion.query(on: db).filter(\.$survey.$id == survey.requireID()).sort(\.$position).all()
    }

    static func listModel(
        _ project: Project, ref: ProjectRef, viewer: Viewer, form: SurveyForm, errors: FormErrors,
        on db: any Database
    ) async throws -> SurveyListPage.Model {
        let rows = try await SurveySummary.all(ofProject: project.requireID(), on: db).map {
            SurveyListPage.Row(id: $0.id, title: $0.title, audience: $0.audience, status: $0.status, responses: $0.responses)
        }
        return SurveyListPage.Model(
            header: try await ProjectController.header(project, on: db), surveys: rows,
            canManage: AccessPolicy.allows(viewer, .manageProject(ref)), form: form, errors: errors)
    }

    static func renderBuilder(
        _ req: Request, survey: Survey, project: Project, ref: ProjectRef, questionInput: QuestionForm,
        errors: FormErrors, status: HTTPResponseStatus = .ok, confirmingClose: Bool = false
    ) async throws -> Response {
        let base =
            req.application.config.publicURL?.absoluteString.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            ?? "http://\(req.headers.first(name: .host) ?? "127.0.0.1:8080")"
        let model = try await builderModel(
            survey, project: project, ref: ref, questionInput: questionInput, errors: errors,
            publicBase: base, confirmingClose: confirmingClose, viewer: try req.requireUser().viewer, on: req.db)
        return SurveyBuilderPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    /// The survey builder; `publicBase` is the address public links start with.
    static func builderModel(
        _ survey: Survey, project: Project, ref: ProjectRef, questionInput: QuestionForm, errors: FormErrors,
        publicBase: String, confirmingClose: Bool = false, viewer: Viewer, on db: any Database
    ) async throws -> SurveyBuilderPage.Model {
        let surveyID = try survey.requireID()
        let responses = try await SurveyResponse.query(on: db).filter(\.$survey.$id == surveyID).count()
        let questions = try await questions(of: survey, on: db)
        return SurveyBuilderPage.Model(
            header: try await ProjectController.header(project, on: db), survey: .init(survey, responses: responses),
            publicLink: publicBase + SiteURL.publicSurvey(.value(survey.publicToken)).path,
            questions: questions.map { .init($0) },
            openingProblems: SurveyRules.openingProblems(
                questions: questions.count, closesOn: survey.closesOn, today: CalendarDate.startOfDay(Date())),
            confirmingClose: confirmingClose,
            canManage: viewer.can(.manageProject(ref)), canEnterPaper: viewer.can(.contributeEvidence(ref)),
            questionInput: questionInput, errors: errors)
    }

    static func editModel(
        _ survey: Survey, project: Project, form: SurveyForm, errors: FormErrors,
        on db: any Database
    ) async throws -> SurveyEditPage.Model {
        SurveyEditPage.Model(
            header: try await ProjectController.header(project, on: db), surveyID: try survey.requireID(),
            surveyTitle: survey.title, form: form, errors: errors)
    }
}
