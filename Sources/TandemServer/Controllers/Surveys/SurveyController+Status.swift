import Fluent
import TandemCore
import Vapor

/// Opening a survey to answers, and closing it.
extension SurveyController {
    struct StatusInput: Content {
        var action: String?
        /// "yes" once the person has confirmed closing.
        var confirm: String?
    }

    static func changeStatus(req: Request) async throws -> Response {
        let (survey, project, ref) = try await req.owned(Survey.self, Permission.manageProject)
        let input = try req.content.decode(StatusInput.self)
        var errors = FormErrors()
        switch input.action {
        case "open":
            let problems = SurveyRules.openingProblems(
                questions: try await questions(of: survey, on: req.db).count, closesOn: survey.closesOn,
                today: CalendarDate.startOfDay(Date()))
            if let first = problems.first { errors.add("open", first + " before opening the survey") }
            guard errors.isEmpty else {
                return try await renderBuilder(
                    req, survey: survey, project: project, ref: ref, questionInput: QuestionForm(), errors: errors,
                    status: .badRequest)
            }
            survey.status = .open
            try await survey.save(on: req.db)
            try await req.flash("The survey is open. Share its link.")
        case "close":
            // Closing stops everyone answering: asked once more, on the same page.
            guard input.confirm == "yes" else {
                return try await renderBuilder(
                    req, survey: survey, project: project, ref: ref, questionInput: QuestionForm(), errors: FormErrors(),
                    confirmingClose: true)
            }
            survey.status = .closed
            try await survey.save(on: req.db)
            try await req.flash("The survey is closed: it takes no more answers")
        default:
            throw AppError.badRequest("Choose whether to open or close the survey")
        }
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
    }
}
