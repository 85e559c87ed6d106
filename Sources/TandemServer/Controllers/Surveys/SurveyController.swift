import Fluent
import TandemCore
import Vapor

/// Surveys of a project: the list, the builder and the survey's details.
/// Questions are in `+Questions.swift`, opening and closing in `+Status.swift`.
enum SurveyController {
    struct SurveyInput: Content {
        var title: String?
        var introduction: String?
        var audience: String?
        var demographics: String?
        var invited: String?
        var closesDay: String?, closesMonth: String?, closesYear: String?

        enum CodingKeys: String, CodingKey {
            case title, introduction, audience, demographics, invited
            case closesDay = "closes-day", closesMonth = "closes-month", closesYear = "closes-year"
        }

        var closes: DateParts { DateParts(day: closesDay ?? "", month: closesMonth ?? "", year: closesYear ?? "") }
    }

    /// A public link token: 16 random bytes, URL-safe.
    static func newToken() -> String { String(SessionToken.generate().prefix(22)) }

    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: SurveyInput(audience: "patients", demographics: "yes"),
                                    errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.manageProject)
        let input = try req.content.decode(SurveyInput.self)
        var errors = FormErrors()
        let title = input.title.nonBlank
        if title == nil { errors.add("title", "Enter a title for the survey") }
        errors.limit(title, "title", maximum: TextLimit.title, name: "Title")
        errors.limit(input.introduction, "introduction", maximum: TextLimit.short, name: "The introduction")
        let audience = input.audience.nonBlank.flatMap(SurveyAudience.init(rawValue:))
        if audience == nil { errors.add("audience", "Select who the survey is for") }
        guard errors.isEmpty, let title, let audience else {
            return try await renderList(req, project: project, ref: ref, input: input, errors: errors, status: .badRequest)
        }
        let survey = Survey(projectID: try project.requireID(), title: title, introduction: input.introduction.nonBlank ?? "",
                            audience: audience, asksDemographics: input.demographics == "yes", publicToken: newToken())
        try await survey.create(on: req.db)
        try await req.flash("Survey created. Add its questions, then open it.")
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (survey, project, ref) = try await req.owned(Survey.self, Permission.viewProject)
        return try await renderBuilder(req, survey: survey, project: project, ref: ref, questionInput: QuestionInput(kind: nil),
                                       errors: FormErrors())
    }

    static func edit(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        var input = SurveyInput(title: survey.title, introduction: survey.introduction, audience: survey.audienceRaw,
                                demographics: survey.asksDemographics ? "yes" : "no", invited: survey.invited.map(String.init))
        if let closes = survey.closesOn {
            let parts = CalendarDate.parts(of: closes)
            (input.closesDay, input.closesMonth, input.closesYear) = (parts.day, parts.month, parts.year)
        }
        return try await renderEdit(req, survey: survey, project: project, input: input, errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let (survey, project, _) = try await req.owned(Survey.self, Permission.manageProject)
        let input = try req.content.decode(SurveyInput.self)
        var errors = FormErrors()
        let title = input.title.nonBlank
        if title == nil { errors.add("title", "Enter a title for the survey") }
        errors.limit(title, "title", maximum: TextLimit.title, name: "Title")
        errors.limit(input.introduction, "introduction", maximum: TextLimit.short, name: "The introduction")
        let audience = input.audience.nonBlank.flatMap(SurveyAudience.init(rawValue:))
        if audience == nil { errors.add("audience", "Select who the survey is for") }
        var invited: Int?
        if let raw = input.invited.nonBlank {
            if let number = NumberField.wholeNumber(raw, in: 1...10_000_000) { invited = number }
            else { errors.add("invited", "Enter the number of people invited, like 250") }
        }
        let closes = ProjectController.optionalDate(input.closes, field: "closes", name: "Closing date", errors: &errors)
        guard errors.isEmpty, let title, let audience else {
            return try await renderEdit(req, survey: survey, project: project, input: input, errors: errors, status: .badRequest)
        }
        survey.title = title
        survey.introduction = input.introduction.nonBlank ?? ""
        survey.audience = audience
        survey.asksDemographics = input.demographics == "yes"
        survey.invited = invited
        survey.closesOn = closes
        try await survey.save(on: req.db)
        try await req.flash("Survey details saved")
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
    }

    /// The survey named by `:surveyID` with its project, when the viewer may do `permission`.

    static func questions(of survey: Survey, on db: any Database) async throws -> [SurveyQuestion] {
        try await SurveyQuestion.query(on: db).filter(\.$survey.$id == survey.requireID()).sort(\.$position).all()
    }

    private static func renderList(_ req: Request, project: Project, ref: ProjectRef, input: SurveyInput, errors: FormErrors,
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let rows = try await SurveySummary.all(ofProject: project.requireID(), on: req.db).map {
            SurveyListPage.Row(id: $0.id, title: $0.title, audience: $0.audience, status: $0.status, responses: $0.responses)
        }
        let model = SurveyListPage.Model(header: try await ProjectController.header(project, on: req.db), surveys: rows,
                                         canManage: req.can(.manageProject(ref)), input: input, errors: errors)
        return SurveyListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func renderBuilder(_ req: Request, survey: Survey, project: Project, ref: ProjectRef, questionInput: QuestionInput,
                              errors: FormErrors, status: HTTPResponseStatus = .ok) async throws -> Response {
        let surveyID = try survey.requireID()
        let responses = try await SurveyResponse.query(on: req.db).filter(\.$survey.$id == surveyID).count()
        let base = req.application.config.publicURL?.absoluteString.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            ?? "http://\(req.headers.first(name: .host) ?? "127.0.0.1:8080")"
        let model = SurveyBuilderPage.Model(
            header: try await ProjectController.header(project, on: req.db), survey: .init(survey, responses: responses),
            publicLink: base + SiteURL.publicSurvey(.value(survey.publicToken)).path,
            questions: try await questions(of: survey, on: req.db).map { .init($0) },
            canManage: req.can(.manageProject(ref)), canEnterPaper: req.can(.contributeEvidence(ref)),
            questionInput: questionInput, errors: errors)
        return SurveyBuilderPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    private static func renderEdit(_ req: Request, survey: Survey, project: Project, input: SurveyInput, errors: FormErrors,
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = SurveyEditPage.Model(header: try await ProjectController.header(project, on: req.db), surveyID: try survey.requireID(),
                                         surveyTitle: survey.title, input: input, errors: errors)
        return SurveyEditPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }
}
