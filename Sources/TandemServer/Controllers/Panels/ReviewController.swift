import Fluent
import TandemCore
import Vapor

/// One project's review: the chair's triage, the pack and first thoughts, each member's structured
/// feedback, the agreed feedback and the lead's reply to each point, actions, the follow-ups at 3
/// and 6 months with evidence, and the lead's view of the review at the end.
enum ReviewController {
    static func show(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.viewReview)
        return try await render(req, review, panel, ref: ref)
    }

    static func triage(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.chairReview)
        let form = try req.content.decode(TriageForm.self)
        let meetings = try await PanelController.meetings(panel, on: req.db)
        // Only a meeting still to come can take a project.
        let meeting = form.meeting.flatMap(UUID.init(uuidString:)).flatMap { id in
            meetings.first { $0.savedID == id && $0.event.startsAt > Date() }
        }
        guard let decision = form.decision.flatMap(ReviewStatus.init(rawValue:)) else {
            return try await refuse(
                req, review, panel, ref, .one("decision", "Choose what the panel will do"), forms: .init(triage: form))
        }
        if let problem = ReviewRules.triage(from: review.status, to: decision, reason: form.reason, hasMeeting: meeting != nil) {
            let field = problem == .meetingNeeded ? "meeting" : problem == .reasonNeeded ? "reason" : "decision"
            return try await refuse(req, review, panel, ref, .one(field, problem.message), forms: .init(triage: form))
        }
        if decision == .accepted, let meeting {
            let taken = try await PanelReview.query(on: req.db).filter(\.$meeting.$id == meeting.savedID).count()
            if taken >= panel.projectsPerMeeting {
                return try await refuse(
                    req, review, panel, ref,
                    .one("meeting", "That meeting already has \(panel.projectsPerMeeting) projects: choose another"),
                    forms: .init(triage: form))
            }
        }
        review.status = decision
        review.$meeting.id = decision == .accepted ? meeting?.savedID : nil
        review.triageReason = decision == .accepted ? nil : form.reason?.trimmed
        review.triagedAt = Date()
        try await review.save(on: req.db)
        let body: String
        switch decision {
        case .accepted:
            body =
                "The panel will review \(review.title) at its meeting on \(meeting.map { UKTime.span(from: $0.event.startsAt, to: $0.event.endsAt) } ?? "")."
        case .moreInformation: body = "The panel needs more information about \(review.title): \(review.triageReason ?? "")"
        default: body = "The panel will not review \(review.title): \(review.triageReason ?? "")"
        }
        try await tellLead(review, subject: "\(panel.name): \(decision.label)", body: body, on: req.db)
        try await req.flash("Decision saved and the project lead told")
        return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
    }

    /// The lead answers the chair's request for more information: it is added to the description
    /// and the submission goes back to the chair.
    static func addInformation(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.answerReview)
        guard review.status == .moreInformation else { throw AppError.badRequest("The panel has not asked for more information") }
        var errors = FormErrors()
        let text = errors.check(
            FieldRules.requiredText(
                try? req.content.get(String.self, at: "information"), maximum: TextLimit.short,
                missing: "Write the information the panel asked for", name: "The information"), "information")
        guard let text else { return try await refuse(req, review, panel, ref, errors) }
        review.summary += "\n\nMore information (\(CalendarDate.long(Date()))): \(text)"
        review.status = .submitted
        try await review.save(on: req.db)
        try await SubmissionController.tellChairs(ref.panel, review: review, on: req.db)
        try await req.flash("Sent to the panel's chair")
        return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
    }

    static func addThoughts(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.giveReviewFeedback)
        let form = try req.content.decode(ReviewNotesForm.self)
        guard [.accepted, .feedbackAgreed].contains(review.status) else {
            throw AppError.badRequest("The pack is read once the project is accepted")
        }
        switch form.validateThoughts() {
        case .failure(let errors): return try await refuse(req, review, panel, ref, errors, forms: .init(thoughts: form))
        case .success(let text):
            try await ReviewNote(reviewID: review.savedID, personID: try req.requireUser().viewer.personID, area: nil, text: text)
                .create(on: req.db)
            try await req.flash("Your first thoughts are saved")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    static func addFeedback(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.giveReviewFeedback)
        let form = try req.content.decode(ReviewNotesForm.self)
        guard review.status == .accepted else {
            return try await refuse(
                req, review, panel, ref,
                .one("matters_to_patients", "Feedback is given once the project is accepted and before it is agreed"),
                forms: .init(feedback: form))
        }
        switch form.validateFeedback(missing: "Write your feedback under at least one heading") {
        case .failure(let errors): return try await refuse(req, review, panel, ref, errors, forms: .init(feedback: form))
        case .success(let written):
            let personID = try req.requireUser().viewer.personID
            try await req.db.transaction { db in
                for (area, text) in written {
                    try await ReviewNote(reviewID: review.savedID, personID: personID, area: area, text: text).create(on: db)
                }
            }
            try await req.flash("Your feedback is saved")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    static func agree(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.chairReview)
        let form = try req.content.decode(ReviewNotesForm.self)
        guard review.status == .accepted else {
            return try await refuse(
                req, review, panel, ref,
                .one("agreed-matters_to_patients", "The feedback is agreed once, for an accepted project"),
                forms: .init(agreed: form))
        }
        switch form.validateFeedback(missing: "Write the agreed feedback under at least one heading") {
        case .failure(let errors):
            return try await refuse(req, review, panel, ref, errors.renamed { "agreed-\($0)" }, forms: .init(agreed: form))
        case .success(let written):
            try await req.db.transaction { db in
                for (area, text) in written {
                    try await ReviewPoint(reviewID: review.savedID, area: area, text: text).create(on: db)
                }
                review.status = .feedbackAgreed
                review.agreedAt = Date()
                try await review.save(on: db)
            }
            try await tellLead(
                review, subject: "\(panel.name): the panel's feedback on \(review.title)",
                body:
                    "The panel has agreed its feedback. Please reply to each point, and tell the panel what changed at 3 and 6 months.",
                on: req.db)
            try await req.flash("Feedback agreed and the project lead told")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    static func reply(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.answerReview)
        guard
            let point = try await ReviewPoint.query(on: req.db).filter(\.$id == (try req.id(.reviewPoint)))
                .filter(\.$review.$id == review.savedID).first()
        else { throw AppError.notFound }
        let form = try req.content.decode(PointReplyForm.self)
        switch form.validate() {
        case .failure(let errors):
            let suffix = point.savedID.lowercasedString.prefix(8)
            return try await refuse(
                req, review, panel, ref, errors.renamed { "\($0)-\(suffix)" },
                forms: .init(reply: form, replyPoint: point.savedID))
        case .success(let (response, text)):
            point.response = response
            point.reply = text
            point.repliedAt = Date()
            try await point.save(on: req.db)
            try await req.flash("Reply saved")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    static func addAction(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.chairReview)
        let form = try req.content.decode(OwnedActionForm.self)
        switch form.validate() {
        case .failure(let errors): return try await refuse(req, review, panel, ref, errors, forms: .init(action: form))
        case .success(let (text, owner, due)):
            try await ReviewAction(reviewID: review.savedID, text: text, owner: owner, dueOn: due).create(on: req.db)
            try await req.flash("Action added")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    /// Where an action stands: the lead or the chair.
    static func updateAction(req: Request) async throws -> Response {
        let (review, _, _) = try await req.panelReview(Permission.trackReviewActions)
        guard
            let action = try await ReviewAction.query(on: req.db).filter(\.$id == (try req.id(.reviewAction)))
                .filter(\.$review.$id == review.savedID).first()
        else { throw AppError.notFound }
        guard let status = (try? req.content.get(String.self, at: "status")).flatMap(PanelActionStatus.init(rawValue:)) else {
            throw AppError.badRequest("Choose where the action stands")
        }
        action.status = status
        try await action.save(on: req.db)
        try await req.flash("Action updated")
        return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
    }

    /// A follow-up with its evidence: links, a file or both. The form is an upload, streamed to disk.
    static func followUp(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.answerReview)
        let files = evidenceFiles(req.application)
        let incoming = try files.incoming()
        let upload = try await UploadReceiver.receive(
            req, fileField: "file", to: incoming, maxBytes: req.application.config.maxUploadBytes, fileIsOptional: true)
        let form = FollowUpForm(fields: upload?.fields ?? [:])
        let fileName = ((upload?.fileName ?? "") as NSString).lastPathComponent
        let done = Set(try await ReviewFollowUp.query(on: req.db).filter(\.$review.$id == review.savedID).all().map(\.months))
        let open = review.agreedAt == nil ? [] : Set([3, 6]).subtracting(done)
        let valid: FollowUpForm.Valid
        switch form.validate(due: open, fileName: fileName, hasFile: (upload?.bytes ?? 0) > 0) {
        case .success(let value): valid = value
        case .failure(let errors):
            files.discard(incoming)
            return try await refuse(req, review, panel, ref, errors, forms: .init(followUp: form))
        }
        var level: InvolvementLevel? = nil
        if let projectID = review.$project.id {
            let entries = try await InvolvementPlanEntry.query(on: req.db).filter(\.$project.$id == projectID).all()
            level = InvolvementLadder.level(of: InvolvementPlanEntry.levels(entries))
        }
        let followUp = ReviewFollowUp(
            reviewID: review.savedID, months: valid.months, whatChanged: valid.changed, evidenceLinks: valid.links,
            levelAfter: level)
        if let ext = valid.fileExtension {
            followUp.evidenceFile = try files.keep(incoming, extension: ext)
            followUp.evidenceFileName = fileName
        } else {
            files.discard(incoming)
        }
        try await followUp.create(on: req.db)
        try await req.flash("Thank you: the panel can see what changed")
        return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
    }

    /// A follow-up's evidence file, for the people who may see the review; always a download.
    static func followUpFile(req: Request) async throws -> Response {
        let (review, _, _) = try await req.panelReview(Permission.viewReview)
        guard
            let followUp = try await ReviewFollowUp.query(on: req.db).filter(\.$id == (try req.id(.reviewFollowUp)))
                .filter(\.$review.$id == review.savedID).first(),
            let file = followUp.evidenceFile
        else { throw AppError.notFound }
        return try await evidenceFiles(req.application).download(file, as: followUp.evidenceFileName, for: req)
    }

    static func evidenceFiles(_ app: Application) -> EvidenceFiles { EvidenceFiles(app, folder: "review-evidence") }

    static func close(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.answerReview)
        let form = try req.content.decode(CloseReviewForm.self)
        guard review.status == .feedbackAgreed else {
            throw AppError.badRequest("A review is closed after its feedback is agreed")
        }
        switch form.validate() {
        case .failure(let errors): return try await refuse(req, review, panel, ref, errors, forms: .init(close: form))
        case .success(let valid):
            review.usefulness = valid.usefulness
            review.changedPlans = valid.changedPlans
            review.status = .closed
            try await review.save(on: req.db)
            try await req.flash("Thank you: the review is closed")
            return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
        }
    }

    /// A member records the time they gave to the review (reading, the meeting), for recognition.
    static func recordTime(req: Request) async throws -> Response {
        let (review, panel, ref) = try await req.panelReview(Permission.giveReviewFeedback)
        let personID = try req.requireUser().viewer.personID
        let hours = (try? req.content.get(String.self, at: "hours")) ?? ""
        let preparation = (try? req.content.get(String.self, at: "preparation")) ?? ""
        var errors = FormErrors()
        let given = errors.check(TimeRecordRules.hours(hours, name: "The hours", required: true), "hours")
        let reading = errors.check(TimeRecordRules.hours(preparation, name: "The reading time", required: false), "preparation")
        guard let given, let reading else { return try await refuse(req, review, panel, ref, errors) }
        let meeting = try await review.$meeting.get(on: req.db)
        let record = TimeRecord(
            personID: personID, eventID: meeting?.$event.id, kind: .panelReview, activity: "\(panel.name): \(review.title)",
            day: Calendar.utc.startOfDay(for: Date()), hours: given, preparationHours: reading)
        try await record.create(on: req.db)
        try await req.flash("Your time is recorded")
        return req.seeOther(SiteURL.panelReview(.value(review.savedID)))
    }

    // MARK: - Page model

    struct Forms {
        var triage = TriageForm()
        var thoughts = ReviewNotesForm()
        var feedback = ReviewNotesForm()
        var agreed = ReviewNotesForm()
        var reply = PointReplyForm()
        var replyPoint: UUID? = nil
        var action = OwnedActionForm()
        var followUp = FollowUpForm()
        var close = CloseReviewForm()
    }

    private static func refuse(
        _ req: Request, _ review: PanelReview, _ panel: ReviewPanel, _ ref: ReviewRef, _ errors: FormErrors,
        forms: Forms = Forms()
    ) async throws -> Response {
        try await render(req, review, panel, ref: ref, forms: forms, errors: errors, status: .badRequest)
    }

    static func render(
        _ req: Request, _ review: PanelReview, _ panel: ReviewPanel, ref: ReviewRef, forms: Forms = Forms(),
        errors: FormErrors = FormErrors(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let viewer = try req.requireUser().viewer
        let notes = try await ReviewNote.query(on: req.db).filter(\.$review.$id == review.savedID).with(\.$person)
            .sort(\.$writtenAt).all()
        let points = try await ReviewPoint.query(on: req.db).filter(\.$review.$id == review.savedID).all()
            .sorted {
                (FeedbackArea.allCases.firstIndex(of: $0.area)!, $0.text) < (
                    FeedbackArea.allCases.firstIndex(of: $1.area)!, $1.text
                )
            }
        let actions = try await ReviewAction.query(on: req.db).filter(\.$review.$id == review.savedID).sort(\.$text).all()
        let followUps = try await ReviewFollowUp.query(on: req.db).filter(\.$review.$id == review.savedID).sort(\.$months).all()
        let meetings = try await PanelController.meetings(panel, on: req.db)
        let meeting = meetings.first { $0.savedID == review.$meeting.id }
        let project = try await review.$project.get(on: req.db)
        let lead = try await review.$lead.get(on: req.db)
        let isMember = viewer.can(.giveReviewFeedback(ref))
        var summary: ReviewPage.ProjectSummary? = nil
        if let project, isMember || viewer.can(.answerReview(ref)) {
            let plan = try await InvolvementPlanEntry.query(on: req.db).filter(\.$project.$id == project.savedID).all()
            let milestones = try await ProjectMilestone.query(on: req.db).filter(\.$project.$id == project.savedID)
                .sort(\.$dueOn).all()
            summary = .init(
                problem: project.problem, aims: project.aims, stage: project.stage.label,
                plan: InvolvementStep.allCases.compactMap { step in
                    plan.first { $0.step == step }.map { (step: step.label, level: $0.level.label, who: $0.who) }
                },
                milestones: milestones.map { (title: $0.title, due: $0.dueOn, done: $0.completedOn != nil) })
        }
        let model = ReviewPage.Model(
            id: review.savedID, panelID: panel.savedID, panelName: panel.name, title: review.title, summary: review.summary,
            stage: review.stage, questions: review.questions, alreadyInvolved: review.alreadyInvolved,
            preferredDates: review.preferredDates,
            lead: lead?.displayName ?? review.contactName.map { "\($0) (public form)" } ?? "",
            project: project.map { (id: $0.savedID, title: $0.title) }, status: review.status, reason: review.triageReason,
            submittedAt: review.submittedAt, triageDue: ReviewRules.triageDue(submitted: review.submittedAt),
            meeting: meeting.map { UKTime.span(from: $0.event.startsAt, to: $0.event.endsAt) },
            packDue: meeting.map { ReviewRules.packDue(meeting: $0.event.startsAt) },
            meetingChoices: meetings.filter { $0.event.startsAt > Date() }.map {
                .init(value: $0.savedID.lowercasedString, label: UKTime.span(from: $0.event.startsAt, to: $0.event.endsAt))
            },
            thoughts: isMember ? notes.filter { $0.area == nil }.map { (name: $0.person.displayName, text: $0.text) } : [],
            feedback: isMember
                ? notes.filter { $0.area != nil }.map { (name: $0.person.displayName, area: $0.area!, text: $0.text) } : [],
            points: points.map {
                .init(id: $0.savedID, area: $0.area, text: $0.text, response: $0.response, reply: $0.reply)
            },
            actions: actions.map { .init(id: $0.savedID, text: $0.text, owner: $0.owner, dueOn: $0.dueOn, status: $0.status) },
            followUps: followUps.map {
                .init(
                    id: $0.savedID, months: $0.months, whatChanged: $0.whatChanged, links: $0.evidenceLinks,
                    file: $0.evidenceFileName, level: $0.levelAfter, writtenAt: $0.writtenAt)
            },
            followUpsDue: review.agreedAt.map { ReviewRules.followUps(after: $0) } ?? [],
            projectSummary: summary, levelBefore: review.levelBefore, usefulness: review.usefulness,
            changedPlans: review.changedPlans,
            mayChair: viewer.can(.chairReview(ref)), isMember: isMember, isLead: viewer.can(.answerReview(ref)),
            forms: forms, errors: errors)
        return ReviewPage.render(model, context: try await PageContext.withForm(req, section: .panels)).response(status)
    }

    /// Tells the project lead in their inbox (and by email), or emails whoever used the public form.
    private static func tellLead(_ review: PanelReview, subject: String, body: String, on db: any Database) async throws {
        guard let lead = try await review.$lead.get(on: db) else {
            if let email = review.contactEmail {
                try await OutboxEmail(personID: nil, to: email, subject: subject, body: body).create(on: db)
            }
            return
        }
        try await PersonMessage.send(
            to: lead, subject: subject, body: body, link: SiteURL.panelReview(.value(review.savedID)).path, on: db)
    }
}
