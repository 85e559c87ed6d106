import Fluent
import TandemCore
import Vapor

/// After the event: its closing record (what came out of it) and the feedback survey's
/// link, sent once to everyone who came. The survey is one of the linked project's open
/// surveys, so its answers join that project's evidence.
enum EventClosingController {
    static func saveOutcomes(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        let typed = try? req.content.get(String.self, at: "outcomes")
        if let problem = TextLimit.check(typed, maximum: TextLimit.long, name: "What came out of it") {
            var errors = FormErrors()
            errors.add("outcomes", problem.message)
            return try await EventController.render(req, event: event, errors: errors, outcomes: typed, status: .badRequest)
        }
        event.outcomes = typed.nonBlank
        event.updatedAt = Date()
        try await event.save(on: req.db)
        try await req.flash("Closing record saved")
        return req.seeOther(SiteURL.event(.value(try event.requireID())))
    }

    static func sendFeedback(req: Request) async throws -> Response {
        let event = try await EventController.find(req)
        var errors = FormErrors()
        guard event.feedbackSentAt == nil else { throw AppError.conflict("The feedback survey has already been sent") }
        guard let projectID = event.$project.id,
            let surveyID = (try? req.content.get(String.self, at: "survey")).flatMap(UUID.init(uuidString:)),
            let survey = try await Survey.query(on: req.db).filter(\.$id == surveyID).filter(\.$project.$id == projectID).first()
        else {
            errors.add("survey", "Choose the survey to send")
            return try await EventController.render(req, event: event, errors: errors, status: .badRequest)
        }
        guard survey.status == .open else {
            errors.add("survey", "Open \u{201C}\(survey.title)\u{201D} first, so people can answer it")
            return try await EventController.render(req, event: event, errors: errors, status: .badRequest)
        }
        let links = PublicEventController.links(req)
        let sent = try await req.db.transaction { db -> Int in
            event.$feedbackSurvey.id = surveyID
            event.feedbackSentAt = Date()
            try await event.save(on: db)
            return try await EventMessages.feedback(event, survey: survey, links: links, on: db)
        }
        if sent > 0 { req.application.services.outboxDelivery.deliverSoon(req.application) }
        try await req.flash("The survey\u{2019}s link has gone to \(counted(sent, "person", "people")) who came")
        return req.seeOther(SiteURL.event(.value(try event.requireID())))
    }
}
