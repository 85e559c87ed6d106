import Fluent
import TandemCore
import Vapor

/// The rate card: approvers read it; admins add rates and confirm it.
enum RateCardController {
    static func show(req: Request) async throws -> Response {
        try req.authorize(.approveClaims)
        return try await render(req, form: RateForm(), errors: FormErrors())
    }

    static func addRate(req: Request) async throws -> Response {
        try req.authorize(.manageRateCard)
        let form = try req.content.decode(RateForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, form: form, errors: errors, status: .badRequest)
        case .success(let rate):
            try await RateCards.add(rate, cache: req.application.services.rateCard, on: req.db)
            try await AuditTrail.rateCardChanged(
                "\(rate.level.label) rate of \(rate.hourly.text) an hour from \(CalendarDate.long(rate.from))",
                by: req.auditActor, on: req.db)
            try await req.flash(
                "Rate added: \(rate.level.label.lowercased()) \(rate.hourly.text) an hour from \(CalendarDate.long(rate.from))")
            return req.seeOther(SiteURL.rateCard)
        }
    }

    static func confirm(req: Request) async throws -> Response {
        try req.authorize(.manageRateCard)
        let current = try await RateCards.current(on: req.db)
        try await RateCards.confirm(
            by: try req.requireUser().personID, maximumClaimAgeDays: current.maximumClaimAgeDays,
            cache: req.application.services.rateCard, on: req.db)
        try await AuditTrail.rateCardChanged("Rate card confirmed", by: req.auditActor, on: req.db)
        try await req.flash("Rate card confirmed")
        return req.seeOther(SiteURL.rateCard)
    }

    static func render(
        _ req: Request, form: RateForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws
        -> Response
    {
        let viewer = try req.requireUser().viewer
        let model = RateCardPage.Model(
            current: try await RateCards.current(on: req.db), mayChange: viewer.can(.manageRateCard), form: form, errors: errors)
        return RateCardPage.render(model, context: try await PageContext.make(req, section: .recognition)).response(status)
    }
}
