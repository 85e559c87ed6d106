import Fluent
import TandemCore
import Vapor

/// What people on a cohort's teams answer: the questionnaire before the first session and after
/// the last (the same statements, paired by person), and the short survey after each session
/// they attended. Only the person sees their own answers; everyone else sees the report's aggregates.
enum CohortAnswersController {
    static func questionnaire(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        let stage = try stage(req)
        return try await renderQuestionnaire(
            req, cohort, programme, ref: ref, stage: stage, form: QuestionnaireForm(), errors: FormErrors())
    }

    static func answerQuestionnaire(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        let stage = try stage(req)
        let viewer = try req.requireUser().viewer
        guard ref.teamMembers.contains(viewer.personID) else { throw AppError.forbidden }
        if let opens = opensOn(stage, cohort) {
            return try await renderQuestionnaire(
                req, cohort, programme, ref: ref, stage: stage, form: QuestionnaireForm(),
                errors: .one("questionnaire", "This questionnaire opens on \(CalendarDate.long(opens)), the cohort's last day"),
                status: .badRequest)
        }
        let statements = try await statements(programme, on: req.db)
        let ids = statements.map(\.savedID)
        let form = try QuestionnaireForm(decoding: req, statements: ids)
        switch form.validate(statements: ids) {
        case .failure(let errors):
            return try await renderQuestionnaire(
                req, cohort, programme, ref: ref, stage: stage, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let already = try await QuestionnaireResponse.query(on: req.db).filter(\.$cohort.$id == cohort.savedID)
                .filter(\.$person.$id == viewer.personID).filter(\.$stage == stage).count()
            guard already == 0 else {
                try await req.flash("You have already answered this questionnaire")
                return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
            }
            try await req.db.transaction { db in
                let response = QuestionnaireResponse(
                    cohortID: cohort.savedID, personID: viewer.personID, stage: stage, reflection: valid.reflection)
                try await response.create(on: db)
                for (statementID, value) in valid.answers {
                    try await QuestionnaireAnswer(responseID: response.savedID, statementID: statementID, value: value).create(
                        on: db)
                }
            }
            try await req.flash("Thank you: your answers are saved")
            return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
        }
    }

    static func feedback(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        let session = try await session(req, cohort)
        return try await renderFeedback(
            req, cohort, programme, ref: ref, session: session, form: ReactionForm(), errors: FormErrors())
    }

    static func giveFeedback(req: Request) async throws -> Response {
        let (cohort, programme, ref) = try await req.cohort(Permission.viewCohort)
        let session = try await session(req, cohort)
        let viewer = try req.requireUser().viewer
        guard ref.teamMembers.contains(viewer.personID) else { throw AppError.forbidden }
        let came = try await EventRegistration.query(on: req.db).filter(\.$event.$id == session.$event.id)
            .filter(\.$person.$id == viewer.personID).filter(\.$attendance == .present).count()
        guard came > 0 else { throw AppError.badRequest("You can tell us about the sessions you came to") }
        let form = try req.content.decode(ReactionForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await renderFeedback(
                req, cohort, programme, ref: ref, session: session, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let given = try await ReactionReceipt.query(on: req.db).filter(\.$session.$id == session.savedID)
                .filter(\.$person.$id == viewer.personID).count()
            if given == 0 {
                try await req.db.transaction { db in
                    try await ReactionReceipt(sessionID: session.savedID, personID: viewer.personID).create(on: db)
                    try await SessionReaction(
                        sessionID: session.savedID, usefulness: valid.usefulness, trainers: valid.trainers, comment: valid.comment
                    ).create(on: db)
                }
            }
            try await req.flash(
                given == 0 ? "Thank you for telling us about the session" : "You have already told us about this session")
            return req.seeOther(SiteURL.cohort(.value(cohort.savedID)))
        }
    }

    // MARK: - Helpers

    /// The questionnaire after the last session opens on the cohort's last day; nil when it is open.
    static func opensOn(_ stage: QuestionnaireStage, _ cohort: TrainingCohort, today: Date = Date()) -> Date? {
        stage == .after && UKTime.calendarDay(of: today) < cohort.lastDay ? cohort.lastDay : nil
    }

    private static func stage(_ req: Request) throws -> QuestionnaireStage {
        guard let stage = QuestionnaireStage(rawValue: try req.text(.stage)) else { throw AppError.notFound }
        return stage
    }

    private static func statements(_ programme: TrainingProgramme, on db: any Database) async throws -> [ProgrammeStatement] {
        try await ProgrammeStatement.query(on: db).filter(\.$programme.$id == programme.savedID).sort(\.$position).all()
    }

    private static func session(_ req: Request, _ cohort: TrainingCohort) async throws -> CohortSession {
        guard
            let session = try await CohortSession.query(on: req.db).filter(\.$id == (try req.id(.cohortSession)))
                .filter(\.$cohort.$id == cohort.savedID).with(\.$curriculumSession).first()
        else { throw AppError.notFound }
        return session
    }

    private static func renderQuestionnaire(
        _ req: Request, _ cohort: TrainingCohort, _ programme: TrainingProgramme, ref: CohortRef, stage: QuestionnaireStage,
        form: QuestionnaireForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let answered = try await QuestionnaireResponse.query(on: req.db).filter(\.$cohort.$id == cohort.savedID)
            .filter(\.$person.$id == viewer.personID).filter(\.$stage == stage).first()
        let model = TrainingQuestionnairePage.Model(
            cohortID: cohort.savedID, cohortName: cohort.name, programmeName: programme.name, stage: stage,
            statements: try await statements(programme, on: req.db).map { (id: $0.savedID, text: $0.text) },
            mayAnswer: ref.teamMembers.contains(viewer.personID), answeredOn: answered?.submittedAt,
            opensOn: opensOn(stage, cohort), form: form,
            errors: errors)
        return TrainingQuestionnairePage.render(model, context: try await PageContext.withForm(req, section: .training)).response(
            status)
    }

    private static func renderFeedback(
        _ req: Request, _ cohort: TrainingCohort, _ programme: TrainingProgramme, ref: CohortRef, session: CohortSession,
        form: ReactionForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let given =
            try await ReactionReceipt.query(on: req.db).filter(\.$session.$id == session.savedID)
            .filter(\.$person.$id == viewer.personID).count() > 0
        let model = SessionFeedbackPage.Model(
            cohortID: cohort.savedID, cohortName: cohort.name, programmeName: programme.name, sessionID: session.savedID,
            sessionTitle: "\(session.curriculumSession.position + 1). \(session.curriculumSession.title)",
            mayAnswer: ref.teamMembers.contains(viewer.personID) && !given, given: given, form: form, errors: errors)
        return SessionFeedbackPage.render(model, context: try await PageContext.withForm(req, section: .training))
            .response(status)
    }
}
