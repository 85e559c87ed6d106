import Fluent
import TandemCore
import Vapor

/// The yearly PPG statement: a page that prints cleanly, the same as a Word document, and the
/// practice's words on what it did to reach under-represented groups.
enum PPGStatementController {
    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        return try await render(req, ppg, ref: ref, outreach: ppg.outreach, errors: FormErrors())
    }

    static func saveOutreach(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.runPPG)
        let raw = try? req.content.get(String.self, at: "outreach")
        var errors = FormErrors()
        let outreach = errors.check(FieldRules.optionalText(raw, maximum: TextLimit.short, name: "What was done"), "outreach")
        guard let outreach else {
            return try await render(req, ppg, ref: ref, outreach: raw, errors: errors, status: .badRequest)
        }
        ppg.outreach = outreach
        try await ppg.save(on: req.db)
        try await req.flash("Saved")
        return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .statement))
    }

    static func docx(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.viewPPG)
        let report = try await PPGStatementBuilder.build(ppg, on: req.db)
        let response = Response(status: .ok, body: .init(data: try DocxWriter.data(for: report)))
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")
        response.headers.contentDisposition = .init(
            .attachment,
            filename: ReportController.fileName(ppg.name).replacingOccurrences(of: "-report.docx", with: "-statement.docx"))
        return response
    }

    private static func render(
        _ req: Request, _ ppg: PPG, ref: PPGRef, outreach: String?, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = PPGStatementPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, report: try await PPGStatementBuilder.build(ppg, on: req.db),
            mayEdit: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)), outreach: outreach, errors: errors)
        return PPGStatementPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
