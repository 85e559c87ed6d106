import Fluent
import TandemCore
import Vapor

/// The project report: a print-ready page and a Word document, both from the
/// same assembly, with the team's summary and background editable.
enum ReportController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await render(req, project: project, ref: ref, input: nil, errors: FormErrors())
    }

    static func updateText(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let form = try req.content.decode(ReportTextForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await render(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let valid):
            project.reportSummary = valid.summary
            project.reportBackground = valid.background
        }
        try await project.save(on: req.db)
        try await req.flash("Report text saved. Check the plain-English results below before you share it.")
        return req.seeOther(SiteURL.project(.value(try project.requireID()), .report))
    }

    static func docx(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.viewProject)
        let report = try await ProjectReportBuilder.build(project, on: req.db)
        let data = try DocxWriter.data(for: report)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.wordprocessingml.document")
        response.headers.contentDisposition = .init(.attachment, filename: fileName(project.title))
        return response
    }

    /// A safe file name from the title: letters, digits and hyphens.
    static func fileName(_ title: String) -> String {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(8)
        return (words.isEmpty ? "report" : words.joined(separator: "-")) + "-report.docx"
    }

    private static func render(
        _ req: Request, project: Project, ref: ProjectRef, input: ReportTextForm?, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return ReportPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }

    static func pageModel(
        project: Project, ref: ProjectRef, input: ReportTextForm?, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> ReportPage.Model {
        let report = try await ProjectReportBuilder.build(project, on: db)
        return ReportPage.Model(
            header: try await ProjectController.header(project, on: db), report: report,
            plainEnglish: PlainEnglishReport.check(report.prose),
            canEdit: viewer.can(.contributeEvidence(ref)),
            summary: input?.summary ?? project.reportSummary, background: input?.background ?? project.reportBackground,
            errors: errors)
    }
}
