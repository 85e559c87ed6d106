import Fluent
import TandemCore
import Vapor

/// Approvers' work: claims by status, one claim with its receipts and the decision, the finance export.
enum ClaimApprovalController {
    static func list(req: Request) async throws -> Response {
        try req.authorize(.approveClaims)
        let status = req.query[String.self, at: "status"].flatMap(ClaimStatus.init(rawValue:)) ?? .submitted
        var counts: [ClaimStatus: Int] = [:]
        for each in ClaimStatus.allCases { counts[each] = try await Claim.query(on: req.db).filter(\.$status == each).count() }
        let page = Pagination(
            page: Pagination.requestedPage(req.query[String.self, at: "page"]), totalItems: counts[status] ?? 0)
        let claims = try await Claim.query(on: req.db).filter(\.$status == status).with(\.$person)
            .sort(\.$submittedAt, status == .submitted ? .ascending : .descending).range(
                page.offset..<(page.offset + page.perPage)
            )
            .all()
        let today = CalendarDate.parts(of: Date())
        let monthStart = CalendarDate.parts(
            of: Calendar.utc.date(from: Calendar.utc.dateComponents([.year, .month], from: Date()))!)
        let model = ClaimListPage.Model(
            status: status, counts: counts,
            rows: claims.map {
                .init(
                    id: $0.savedID, person: $0.person.name, day: $0.day, activity: $0.activity, total: $0.total,
                    status: $0.status, submittedAt: $0.submittedAt)
            }, page: page, exportFrom: DateParts(day: monthStart.day, month: monthStart.month, year: monthStart.year),
            exportTo: DateParts(day: today.day, month: today.month, year: today.year))
        return ClaimListPage.render(model, context: try await PageContext.make(req, section: .recognition)).response()
    }

    /// The claims approved in a period as a spreadsheet, each once; the download is in the audit log.
    static func export(req: Request) async throws -> Response {
        try req.authorize(.approveClaims)
        func day(_ name: String) -> Date? {
            let parts = DateParts(
                day: req.query[String.self, at: "\(name)-day"] ?? "", month: req.query[String.self, at: "\(name)-month"] ?? "",
                year: req.query[String.self, at: "\(name)-year"] ?? "")
            return try? FieldRules.date(parts, name: name).get()
        }
        // Without dates: this month so far, as the form offers.
        let monthStart = Calendar.utc.date(from: Calendar.utc.dateComponents([.year, .month], from: Date()))!
        let given = ["from-day", "to-day"].contains { !(req.query[String.self, at: $0] ?? "").isEmpty }
        guard let from = given ? day("from") : monthStart, let to = given ? day("to") : Calendar.utc.startOfDay(for: Date()),
            to >= from
        else {
            throw Abort(.badRequest, reason: "Enter the first and last days of the period, the last on or after the first")
        }
        let end = to.addingTimeInterval(86_400)
        let (csv, count) = try await RecognitionReports.financeCSV(from: from, to: end, on: req.db)
        try await AuditTrail.claimsExported(from: from, to: to, claims: count, by: req.auditActor, on: req.db)
        return Response.download(
            csv, type: Response.csv, fileName: "claims-approved-\(CalendarDate.iso(from))-to-\(CalendarDate.iso(to)).csv")
    }

    static func show(req: Request) async throws -> Response {
        let (claim, _) = try await req.claim(Permission.viewClaim)
        return try await render(req, claim, errors: FormErrors())
    }

    static func decide(req: Request) async throws -> Response {
        let (claim, _) = try await req.claim { _ in .approveClaims }
        let form = try req.content.decode(ClaimDecisionForm.self)
        guard let to = form.decision.flatMap(ClaimStatus.init(rawValue:)) else {
            return try await render(req, claim, errors: .one("decision", "Choose approve or query"), status: .badRequest)
        }
        if to == .approved, try await Claims.limitWarning(claim, on: req.db) != nil, !(form.checked ?? []).contains("yes") {
            return try await render(
                req, claim, errors: .one("checked", "This passes the limit they set: confirm you asked them first"),
                status: .badRequest)
        }
        let viewer = try req.requireUser().viewer
        switch try await Claims.decide(claim, to: to, approver: viewer, actor: req.auditActor, reason: form.reason, on: req.db) {
        case .done:
            try await req.flash(
                to == .approved
                    ? "Claim approved: \(claim.total.text)"
                    : to == .queried ? "Claim queried: the person has been asked" : "Marked as paid")
            return req.seeOther(SiteURL.recognition.path(query: [("status", claim.status.rawValue)]))
        case .alreadyDecided(let now):
            try await req.flash(
                "Someone else decided this claim first: it is now \(now.label.lowercased()). Nothing was changed.")
            return req.seeOther(SiteURL.claim(.value(claim.savedID)))
        case .refused(let message):
            let field = to == .queried ? "reason" : "decision"
            return try await render(req, claim, errors: .one(field, message), status: .badRequest)
        }
    }

    static func receipt(req: Request) async throws -> Response {
        let (claim, _) = try await req.claim(Permission.viewClaim)
        guard
            let expense = try await ClaimExpense.query(on: req.db).filter(\.$id == (try req.id(.claimExpense)))
                .filter(\.$claim.$id == claim.savedID).first(),
            let file = expense.receiptFile
        else { throw AppError.notFound }
        return try await MyTimeController.receipts(req.application).download(file, as: expense.receiptName, for: req)
    }

    // MARK: - Page model

    static func render(
        _ req: Request, _ claim: Claim, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let person = try await Person.find(claim.$person.id, on: req.db)
        let choice = try await PaymentChoices.current(claim.$person.id, on: req.db)
        let expenses = try await ClaimExpense.query(on: req.db).filter(\.$claim.$id == claim.savedID).all()
        let mayDecide = viewer.can(.approveClaims)
        var opportunity: String?
        if let id = claim.$opportunity.id { opportunity = try await Opportunity.find(id, on: req.db)?.title }
        let limitWarning = mayDecide ? try await Claims.limitWarning(claim, on: req.db) : nil
        let decidedBy = try await Person.displayName(of: claim.$decidedBy.id, on: req.db)
        let model = ClaimPage.Model(
            id: claim.savedID, person: person?.name ?? "", paymentReference: choice?.paymentReference, day: claim.day,
            activity: claim.activity, level: claim.level,
            opportunity: opportunity,
            hours: claim.hours, preparation: claim.preparationHours,
            choice: PaymentChoice.Kind(rawValue: claim.paymentChoice)?.label ?? claim.paymentChoice, time: Pence(claim.timePence),
            expenses: expenses.map {
                .init(
                    id: $0.savedID, kind: $0.kind,
                    detail: $0.kind == .mileage
                        ? "\(RecognitionReports.hours($0.miles ?? 0)) miles by \($0.vehicle?.label.lowercased() ?? "car")" : "",
                    amount: Pence($0.amountPence), receiptName: $0.receiptName)
            }, total: claim.total, status: claim.status, queryReason: claim.queryReason, answer: claim.answer,
            declaredOutsideWork: claim.declaredOutsideWork,
            decidedBy: decidedBy, decidedAt: claim.decidedAt, paidAt: claim.paidAt, limitWarning: limitWarning,
            mayDecide: mayDecide, isOwn: claim.$person.id == viewer.personID, errors: errors)
        let section: NavSection = mayDecide ? .recognition : .time
        return ClaimPage.render(model, context: try await PageContext.make(req, section: section)).response(status)
    }
}
