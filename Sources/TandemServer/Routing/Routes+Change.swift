import TandemCore
import Vapor

/// From evidence to change: coding, findings, recommendations, reports,
/// messages and the public "You said, we did" pages.
func changeRoutes(_ app: Application) {
    // Public: published changes, for anyone.
    do {
        app.get(.youSaidWeDidIndex, .public, use: YouSaidWeDidController.index)
        app.get(.youSaidWeDid(.key), .public, use: YouSaidWeDidController.organisation)
        app.get(.youSaidWeDidProject(.key), .public, use: YouSaidWeDidController.project)
    }

    // Coding together.
    do {
        app.get(.project(.key, .coding), .project(Permission.contributeEvidence), use: CodingController.queue)
        app.get(.project(.key, .codingNext), .project(Permission.contributeEvidence), use: CodingController.next)
        app.get(.feedbackItem(.key, .code), .project(Permission.contributeEvidence), use: CodingController.form)
        app.post(.feedbackItem(.key, .code), .project(Permission.contributeEvidence), use: CodingController.save)
        app.post(.feedbackItem(.key, .undoCoding), .project(Permission.contributeEvidence), use: CodingController.undo)
        app.get(.project(.key, .disagreements), .project(Permission.contributeEvidence), use: DisagreementController.list)
        app.get(.feedbackItem(.key, .settle), .project(Permission.contributeEvidence), use: DisagreementController.form)
        app.post(.feedbackItem(.key, .settle), .project(Permission.contributeEvidence), use: DisagreementController.settle)
        app.get(.project(.key, .codebook), .project(Permission.viewProject), use: CodebookController.show)
        app.post(.project(.key, .codebook), .project(Permission.contributeEvidence), use: CodebookController.add)
        app.post(.theme(.key), .project(Permission.contributeEvidence), use: CodebookController.update)
        app.get(.project(.key, .themes), .project(Permission.viewProject), use: ThemeOverviewController.show)
    }

    // Findings and recommendations.
    do {
        app.get(.project(.key, .findings), .project(Permission.viewProject), use: FindingController.list)
        app.post(.project(.key, .findings), .project(Permission.contributeEvidence), use: FindingController.create)
        app.get(.finding(.key), .project(Permission.viewProject), use: FindingController.show)
        app.post(.finding(.key, .evidence), .project(Permission.contributeEvidence), use: FindingController.addEvidence)
        app.post(.finding(.key, .removeSeveral), .project(Permission.contributeEvidence), use: FindingController.removeSeveral)
        app.post(
            .finding(.key, .removeEvidence(.key)), .project(Permission.contributeEvidence), use: FindingController.removeEvidence)
        app.get(.project(.key, .recommendations), .project(Permission.viewProject), use: RecommendationController.list)
        app.post(.project(.key, .recommendations), .project(Permission.contributeEvidence), use: RecommendationController.create)
        app.get(.recommendation(.key), .project(Permission.viewProject), use: RecommendationController.show)
        app.post(
            .recommendation(.key, .status), .project(Permission.viewProject), use: RecommendationProgressController.changeStatus)
        // Streamed: an evidence file goes to disk as it arrives (see UploadReceiver).
        app.upload(
            .recommendation(.key, .updates), .project(Permission.contributeEvidence),
            use: RecommendationProgressController.addUpdate)
        app.get(
            .recommendation(.key, .updateFile(.key)), .project(Permission.viewProject),
            use: RecommendationProgressController.evidenceFile)
        app.post(
            .recommendation(.key, .publish), .project(Permission.manageProject), use: RecommendationProgressController.publish)
        app.post(.recommendation(.key, .review), .project(Permission.viewProject), use: RecommendationProgressController.review)
        // Proposing is for the acting organisation, agreeing for the project's coordinators: the handler asks each.
        app.post(.recommendation(.key, .dueDate), .project(Permission.viewProject), use: DueDateController.decide)
        app.get(
            .organisation(.key, .recommendations), .organisation(Permission.viewOrganisation),
            use: OrganisationRecommendationsController.list)
    }

    // Reports.
    do {
        app.get(.project(.key, .report), .project(Permission.viewProject), use: ReportController.show)
        app.post(.project(.key, .reportText), .project(Permission.contributeEvidence), use: ReportController.updateText)
        app.get(.project(.key, .reportDocx), .project(Permission.viewProject), use: ReportController.docx)
    }

    // Messages.
    do {
        app.get(.inbox, .signedIn, use: InboxController.inbox)
        app.get(.outbox, .global(.manageUsers), use: InboxController.outbox)
        app.post(.outbox, .global(.manageUsers), use: InboxController.sendNow)
        app.get(.outboxEmail(.key), .global(.manageUsers), use: InboxController.email)
        app.post(.resendEmail(.key), .global(.manageUsers), use: InboxController.resend)
    }
}
