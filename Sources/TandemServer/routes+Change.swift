import Vapor

/// From evidence to change: coding, findings, recommendations, reports,
/// messages and the public "You said, we did" pages.
func changeRoutes(_ root: Application) {
    // Public: published changes, for anyone.
    do {
        root.get(SiteURL.youSaidWeDid(.key).pathComponents, use: YouSaidWeDidController.organisation)
        root.get(SiteURL.youSaidWeDidProject(.key).pathComponents, use: YouSaidWeDidController.project)
    }

    let app = root.signInRequired()
    // Coding together.
    do {
        app.get(SiteURL.project(.key, .coding).pathComponents, use: CodingController.queue)
        app.get(SiteURL.project(.key, .codingNext).pathComponents, use: CodingController.next)
        app.get(SiteURL.feedbackItem(.key, .code).pathComponents, use: CodingController.form)
        app.post(SiteURL.feedbackItem(.key, .code).pathComponents, use: CodingController.save)
        app.get(SiteURL.project(.key, .codebook).pathComponents, use: CodebookController.show)
        app.post(SiteURL.project(.key, .codebook).pathComponents, use: CodebookController.add)
        app.post(SiteURL.theme(.key).pathComponents, use: CodebookController.update)
        app.get(SiteURL.project(.key, .themes).pathComponents, use: ThemeOverviewController.show)
    }

    // Findings and recommendations.
    do {
        app.get(SiteURL.project(.key, .findings).pathComponents, use: FindingController.list)
        app.post(SiteURL.project(.key, .findings).pathComponents, use: FindingController.create)
        app.get(SiteURL.finding(.key).pathComponents, use: FindingController.show)
        app.post(SiteURL.finding(.key, .evidence).pathComponents, use: FindingController.addEvidence)
        app.post(SiteURL.finding(.key, .removeEvidence(.key)).pathComponents, use: FindingController.removeEvidence)
        app.get(SiteURL.project(.key, .recommendations).pathComponents, use: RecommendationController.list)
        app.post(SiteURL.project(.key, .recommendations).pathComponents, use: RecommendationController.create)
        app.get(SiteURL.recommendation(.key).pathComponents, use: RecommendationController.show)
        app.post(SiteURL.recommendation(.key, .status).pathComponents, use: RecommendationProgressController.changeStatus)
        // Streamed: an evidence file goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.recommendation(.key, .updates).pathComponents, body: .stream, use: RecommendationProgressController.addUpdate)
            .streamedUpload()
        app.get(SiteURL.recommendation(.key, .updateFile(.key)).pathComponents, use: RecommendationProgressController.evidenceFile)
        app.post(SiteURL.recommendation(.key, .publish).pathComponents, use: RecommendationProgressController.publish)
        app.post(SiteURL.recommendation(.key, .review).pathComponents, use: RecommendationProgressController.review)
        app.get(SiteURL.organisation(.key, .recommendations).pathComponents, use: OrganisationRecommendationsController.list)
    }

    // Reports.
    do {
        app.get(SiteURL.project(.key, .report).pathComponents, use: ReportController.show)
        app.post(SiteURL.project(.key, .reportText).pathComponents, use: ReportController.updateText)
        app.get(SiteURL.project(.key, .reportDocx).pathComponents, use: ReportController.docx)
    }

    // Messages.
    do {
        app.get(SiteURL.inbox.pathComponents, use: InboxController.inbox)
        app.get(SiteURL.outbox.pathComponents, use: InboxController.outbox)
        app.post(SiteURL.outbox.pathComponents, use: InboxController.sendNow)
    }
}
