import Fluent
import TandemCore
import Vapor

/// Opening a survey to answers, and closing it.
extension SurveyController {
    struct StatusInput: Content { var action: String? }

    static func changeStatus(req: Request) async throws -> Response {
        let (survey, project, ref) = try await req.owned(Survey.self, Permission.manageProject)
        let input = try req.content.decode(StatusInput.self)
        var errors = FormErrors()
        switch input.action {
        case "open":
            if try await questions(of: survey, on: req.db).isEmpty {
                errors.add("open", "Add at least one question before opening the survey")
            }
            if survey.closesOn == nil {
                errors.add("open", "Set a closing date before opening the survey (change the survey's details)")
            } else if let closes = survey.closesOn, closes < CalendarDate.startOfDay(Date()) {
                errors.add("open", "The closing date has passed. Set a later one before opening the survey")
            }
            guard errors.isEmpty else {
                return try await renderBuilder(
                    req, survey: survey, project: project, ref: ref, questionInput: QuestionForm(), errors: errors,
                    status: .badRequest)
            }
            survey.status = .open
            try await survey.save(on: req.db)
            try await req.flash("The survey is open. Share its link.")
        case "close":
            survey.status = .closed
            try await survey.save(on: req.db)
            try await req.flash("The survey is closed: it takes no more answers")
        default:
            throw AppError.badRequest("Choose whether to open or close the survey")
        }
        return req.seeOther(SiteURL.survey(.value(try survey.requireID())))
    }
}
