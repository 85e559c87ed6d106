import Fluent
import TandemCore
import Vapor

/// Moving a recommendation through its life, writing progress updates,
/// publishing it, and the review of whether a change has held.
enum RecommendationProgressController {
    /// What the update form sent (it is an upload: see `addUpdate`).
    static func changeStatus(req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await RecommendationController.findToCommit(req)
        let form = try req.content.decode(StatusChangeForm.self)
        let valid: StatusChangeForm.Valid
        switch form.validate(from: recommendation.status) {
        case .failure(let errors):
            return try await RecommendationPage.load(
                req, recommendation: recommendation, project: project, ref: ref, errors: errors, status: form,
                httpStatus: .badRequest)
        case .success(let value): valid = value
        }
        let target = valid.status
        let told = try await move(
            recommendation, project: project, to: target, reason: valid.reason,
            note: valid.note, by: req.auditActor,
            reviewMonths: req.application.config.reviewMonths, publicURL: req.application.config.publicURL, on: req.db)
        if told > 0 { req.application.services.outboxDelivery.deliverSoon(req.application) }
        try await req.flash(
            "The recommendation is now \(target.label.lowercased())"
                + (target == .implemented
                    ? ". \(counted(told, "person", "people")) whose feedback led to it \(told == 1 ? "has" : "have") been told."
                    : ""))
        return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
    }

    /// Makes the move and records it; on "implemented", tells the people behind it.
    /// Returns how many people were told.
    static func move(
        _ recommendation: Recommendation, project: Project, to target: RecommendationStatus, reason: String?, note: String?,
        by actor: AuditActor, reviewMonths: Int, publicURL: URL? = nil, on db: any Database
    ) async throws -> Int {
        let from = recommendation.status
        let today = CalendarDate.startOfDay(Date())
        return try await db.transaction { db in
            recommendation.status = target
            recommendation.updatedAt = Date()
            if target == .declined { recommendation.declineReason = reason }
            if target == .implemented {
                recommendation.implementedOn = today
                recommendation.reviewDueOn = RecommendationRules.reviewDue(implementedOn: today, months: reviewMonths)
                recommendation.reviewRequestedAt = nil
            }
            try await recommendation.save(on: db)
            try await AuditTrail.recommendationMoved(recommendation, from: from, to: target, by: actor, on: db)
            // A change at a GP practice counts for its PPG's health check ("evidence of service improvements").
            try await PPGHealthChecks.refresh(practiceID: recommendation.$organisation.id, on: db)
            let text = note ?? reason ?? "\(from.label) to \(target.label.lowercased())"
            try await RecommendationUpdate(
                recommendationID: try recommendation.requireID(), authorID: actor.personID, writtenOn: today,
                text: text, evidenceLink: nil, statusFrom: from, statusTo: target
            ).create(on: db)
            guard target == .implemented else { return 0 }
            return try await ClosingTheLoop.recommendationImplemented(
                recommendation, project: project, whatChanged: text, publicURL: publicURL, on: db)
        }
    }

    /// A progress update, with a file or a link as its evidence. The form is an
    /// upload (streamed to disk: see `UploadReceiver`), so it may carry a file.
    static func addUpdate(req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await req.owned(Recommendation.self, Permission.contributeEvidence)
        let recommendationID = try recommendation.requireID()
        let files = evidenceFiles(req.application)
        let incoming = try files.incoming()
        let upload = try await UploadReceiver.receive(
            req, fileField: "file", to: incoming, maxBytes: req.application.config.maxUploadBytes,
            fileIsOptional: true)
        let form = ProgressUpdateForm(fields: upload?.fields ?? [:])
        let fileName = ((upload?.fileName ?? "") as NSString).lastPathComponent
        let valid: ProgressUpdateForm.Valid
        switch form.validate(fileName: fileName, hasFile: (upload?.bytes ?? 0) > 0, today: CalendarDate.startOfDay(Date())) {
        case .success(let value): valid = value
        case .failure(let errors):
            files.discard(incoming)
            return try await RecommendationPage.load(
                req, recommendation: recommendation, project: project, ref: ref,
                errors: errors, update: form, httpStatus: .badRequest)
        }
        let update = RecommendationUpdate(
            recommendationID: recommendationID, authorID: try req.requireUser().personID,
            writtenOn: valid.writtenOn, text: valid.text, evidenceLink: valid.link)
        if let ext = valid.fileExtension {
            update.evidenceFile = try files.keep(incoming, extension: ext)
            update.evidenceFileName = fileName
        } else {
            files.discard(incoming)
        }
        try await update.create(on: req.db)
        recommendation.updatedAt = Date()
        try await recommendation.save(on: req.db)
        try await req.flash("Progress update added")
        return req.seeOther(SiteURL.recommendation(.value(recommendationID)))
    }

    /// An update's evidence file, for the people who may see the project.
    static func evidenceFile(req: Request) async throws -> Response {
        let (recommendation, _, _) = try await req.owned(Recommendation.self, Permission.viewProject)
        guard
            let update = try await RecommendationUpdate.query(on: req.db).filter(\.$id == (try req.id(.recommendationUpdate)))
                .filter(\.$recommendation.$id == (try recommendation.requireID())).first(),
            let file = update.evidenceFile
        else { throw AppError.notFound }
        return try await evidenceFiles(req.application).download(file, as: update.evidenceFileName, for: req)
    }

    static func evidenceFiles(_ app: Application) -> EvidenceFiles { EvidenceFiles(app, folder: "update-evidence") }

    /// Shows it on the public "You said, we did" pages, or takes it off.
    static func publish(req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await req.owned(Recommendation.self, Permission.manageProject)
        let publish = (try? req.content.get(String.self, at: "publish")) == "yes"
        if publish && recommendation.status == .proposed {
            var errors = FormErrors()
            errors.add("publish", "Agree or decline the recommendation before publishing it")
            return try await RecommendationPage.load(
                req, recommendation: recommendation, project: project, ref: ref,
                errors: errors, httpStatus: .badRequest)
        }
        recommendation.isPublished = publish
        try await req.db.transaction { db in
            try await recommendation.save(on: db)
            try await AuditTrail.publishing(recommendation, by: req.auditActor, on: db)
        }
        try await req.flash(publish ? "Published on the You said, we did pages" : "Taken off the You said, we did pages")
        return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
    }

    /// The sustainability review: has the change held?
    static func review(req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await RecommendationController.findToCommit(req)
        let form = try req.content.decode(ReviewForm.self)
        guard recommendation.status == .implemented else {
            throw AppError.badRequest("Only an implemented change can be reviewed")
        }
        let valid: ReviewForm.Valid
        switch form.validate() {
        case .failure(let errors):
            return try await RecommendationPage.load(
                req, recommendation: recommendation, project: project, ref: ref, errors: errors, review: form,
                httpStatus: .badRequest)
        case .success(let value): valid = value
        }
        let (target, note): (RecommendationStatus, String) = (valid.held ? .sustained : .slipped, valid.note)
        _ = try await move(
            recommendation, project: project, to: target, reason: nil, note: note, by: req.auditActor,
            reviewMonths: req.application.config.reviewMonths, on: req.db)
        try await req.flash(
            target == .sustained ? "Recorded: the change has held" : "Recorded: the change has slipped. Plan what to do next.")
        return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
    }
}
