import Fluent
import TandemCore
import Vapor

/// A new due date for overdue work: the organisation that acts proposes it with a reason,
/// the project's coordinator agrees it or keeps the old date, and each step is a progress update.
enum DueDateController {
    static func decide(req: Request) async throws -> Response {
        let action = (try? req.content.get(String.self, at: "action")) ?? "propose"
        return action == "propose" ? try await propose(req) : try await answer(req, agree: action == "agree")
    }

    private static func propose(_ req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await RecommendationController.findToCommit(req)
        let today = CalendarDate.startOfDay(Date())
        guard RecommendationRules.isOverdue(status: recommendation.status, due: recommendation.dueOn, today: today),
            recommendation.proposedDueOn == nil
        else { throw AppError.conflict("A new due date can be proposed only for overdue work, once at a time") }
        let form = try req.content.decode(DueDateProposalForm.self)
        switch form.validate(today: today) {
        case .failure(let errors):
            return try await RecommendationPage.load(
                req, recommendation: recommendation, project: project, ref: ref, errors: errors, due: form,
                httpStatus: .badRequest)
        case .success(let valid):
            let actor = req.auditActor
            try await req.db.transaction { db in
                recommendation.proposedDueOn = valid.dueOn
                recommendation.proposedDueReason = valid.why
                recommendation.$proposedDueBy.id = actor.personID
                try await recommendation.save(on: db)
                try await RecommendationUpdate(
                    recommendationID: try recommendation.requireID(), authorID: actor.personID, writtenOn: today,
                    text: "New due date proposed: \(CalendarDate.long(valid.dueOn)). Why: \(valid.why)", evidenceLink: nil
                ).create(on: db)
                if let managerID = project.$projectManager.id, let manager = try await Person.find(managerID, on: db) {
                    let link = SiteURL.recommendation(.value(try recommendation.requireID())).path + "#due-date"
                    try await PersonMessage.send(
                        to: manager, subject: "New due date proposed: \(recommendation.text)",
                        body: """
                            Dear \(manager.displayName),

                            \(actor.label) proposed \(CalendarDate.long(valid.dueOn)) as the new due date for \u{201C}\(recommendation.text)\u{201D}.

                            Why: \(valid.why)

                            Agree it or keep the current date here: \(link)
                            """, link: link, on: db)
                }
            }
            req.application.services.outboxDelivery.deliverSoon(req.application)
            try await req.flash("New due date proposed. The project's coordinator will agree it or keep the current date.")
            return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
        }
    }

    private static func answer(_ req: Request, agree: Bool) async throws -> Response {
        let (recommendation, _, _) = try await req.owned(Recommendation.self, Permission.manageProject)
        guard let proposed = recommendation.proposedDueOn else {
            throw AppError.conflict("No new due date has been proposed")
        }
        let actor = req.auditActor
        let kept = recommendation.dueOn
        try await req.db.transaction { db in
            if agree { recommendation.dueOn = proposed }
            recommendation.proposedDueOn = nil
            recommendation.proposedDueReason = nil
            recommendation.$proposedDueBy.id = nil
            try await recommendation.save(on: db)
            try await RecommendationUpdate(
                recommendationID: try recommendation.requireID(), authorID: actor.personID,
                writtenOn: CalendarDate.startOfDay(Date()),
                text: agree
                    ? "New due date agreed: \(CalendarDate.long(proposed))."
                    : "The due date stays \(kept.map(CalendarDate.long) ?? "unset"); the proposed \(CalendarDate.long(proposed)) was not agreed.",
                evidenceLink: nil
            ).create(on: db)
        }
        try await req.flash(agree ? "New due date agreed" : "The current due date stays")
        return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
    }
}
