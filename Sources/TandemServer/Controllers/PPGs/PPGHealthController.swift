import Fluent
import TandemCore
import Vapor

/// A PPG's health check: each criterion worked out from the records with its evidence, the
/// members against the practice's patients, dated judgements, and the quarters so far.
enum PPGHealthController {
    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await render(req, ppg, ref: ref)
    }

    static func judge(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let form = try req.content.decode(PPGJudgementForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, ppg, ref: ref, form: form, errors: errors, status: .badRequest)
        case .success(let (criterion, outcome, reason)):
            try await PPGHealthJudgement(
                ppgID: try ppg.requireID(), criterion: criterion, outcome: outcome, reason: reason,
                judgedByID: req.currentUser?.personID
            ).create(on: req.db)
            try await PPGHealthChecks.refresh(ppg, on: req.db)
            try await req.flash("Judgement recorded: \(criterion.shortLabel), \(outcome.label.lowercased())")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .health))
        }
    }

    private static func render(
        _ req: Request, _ ppg: PPG, ref: PPGRef, form: PPGJudgementForm = PPGJudgementForm(), errors: FormErrors = FormErrors(),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let evaluation = try await PPGHealthChecks.evaluate(ppg, on: req.db)
        let quarters = try await PPGHealthCheck.query(on: req.db).filter(\.$ppg.$id == ppg.requireID()).sort(
            \.$quarter, .descending
        )
        .limit(8).all()
        let practice = try await ppg.$practice.get(on: req.db)
        let model = PPGHealthPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, practice: practice.name, evaluation: evaluation,
            quarters: quarters.map { quarter in
                (HealthCheck.quarterLabel(quarter.quarter), HealthCriterion.allCases.map { quarter.outcome($0) })
            },
            mayJudge: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)), form: form, errors: errors)
        return PPGHealthPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
