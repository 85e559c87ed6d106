import Fluent
import TandemCore
import Vapor

/// The needs self-assessment: a PPG's answers compared with its previous ones, filling it in
/// (its officers and the practice), and the coordinators' wording of the statements.
enum PPGAssessmentController {
    static func show(req: Request) async throws -> Response {
        let (ppg, ref) = try await req.ppg(Permission.viewPPG)
        let assessments = try await PPGAssessments.latest(try ppg.requireID(), limit: 6, on: req.db)
        let model = SelfAssessmentPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, latest: assessments.first, previous: assessments.dropFirst().first,
            earlier: assessments.map(\.completedOn), mayFill: AccessPolicy.allows(try req.requireUser().viewer, .runPPG(ref)))
        return SelfAssessmentPage.render(model, context: try await PageContext.make(req, section: .ppgs)).response()
    }

    static func new(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let previous = try await PPGAssessments.latest(try ppg.requireID(), limit: 1, on: req.db).first
        return try await renderForm(req, ppg, form: SelfAssessmentForm(previous), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (ppg, _) = try await req.ppg(Permission.runPPG)
        let questionnaire = try await PPGAssessments.current(on: req.db)
        let form = try SelfAssessmentForm(decoding: req, statements: questionnaire.statements)
        switch form.validate(questionnaire.statements) {
        case .failure(let errors):
            return try await renderForm(req, ppg, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let assessment = try PPGAssessment(
                ppgID: try ppg.requireID(), questionnaire: questionnaire, answers: valid.answers, comments: valid.comments,
                help: valid.help, completedByID: req.currentUser?.personID)
            try await PPGAssessments.save(assessment, on: req.db, needs: req.application.services.ppgNeeds)
            try await req.flash("Self-assessment saved. Thank you.")
            return req.seeOther(SiteURL.ppg(.value(try ppg.requireID()), .selfAssessment))
        }
    }

    private static func renderForm(
        _ req: Request, _ ppg: PPG, form: SelfAssessmentForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let questionnaire = try await PPGAssessments.current(on: req.db)
        let model = SelfAssessmentFormPage.Model(
            ppgID: try ppg.requireID(), ppgName: ppg.name, statements: questionnaire.statements, form: form, errors: errors)
        return SelfAssessmentFormPage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }

    /// The statements' wording, for coordinators; a change makes a new version.
    static func questionnaire(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        return try await renderQuestionnaire(req, texts: nil, errors: FormErrors())
    }

    static func reword(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let current = try await PPGAssessments.current(on: req.db)
        let submitted = try req.content.decode([String: String].self)
        var errors = FormErrors()
        var texts: [String: String] = [:]
        for statement in current.statements {
            let field = "text-\(statement.key)"
            if let text = errors.check(
                FieldRules.requiredText(
                    submitted[field], maximum: 300, missing: "Enter the statement's wording", name: "The statement"),
                field)
            {
                texts[statement.key] = text
            }
        }
        guard errors.isEmpty else {
            return try await renderQuestionnaire(
                req, texts: current.statements.reduce(into: [:]) { $0[$1.key] = submitted["text-\($1.key)"] ?? "" },
                errors: errors,
                status: .badRequest)
        }
        if let next = try await PPGAssessments.reword(
            texts, by: req.currentUser?.personID, on: req.db, needs: req.application.services.ppgNeeds)
        {
            try await req.flash("Saved as version \(next.version). Earlier answers keep the wording they were given with.")
        } else {
            try await req.flash("Nothing changed")
        }
        return req.seeOther(SiteURL.ppgQuestionnaire)
    }

    private static func renderQuestionnaire(
        _ req: Request, texts: [String: String]?, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let current = try await PPGAssessments.current(on: req.db)
        let model = QuestionnairePage.Model(
            version: current.version, statements: current.statements,
            texts: texts ?? current.statements.reduce(into: [:]) { $0[$1.key] = $1.text }, errors: errors)
        return QuestionnairePage.render(model, context: try await PageContext.withForm(req, section: .ppgs)).response(status)
    }
}
