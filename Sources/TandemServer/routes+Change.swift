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
        app.get(SiteURL.projectCoding(.key).pathComponents, use: CodingController.queue)
        app.get(SiteURL.codingNext(.key).pathComponents, use: CodingController.next)
        app.get(SiteURL.codeItem(.key).pathComponents, use: CodingController.form)
        app.post(SiteURL.codeItem(.key).pathComponents, use: CodingController.save)
        app.get(SiteURL.projectCodebook(.key).pathComponents, use: CodebookController.show)
        app.post(SiteURL.projectCodebook(.key).pathComponents, use: CodebookController.add)
        app.post(SiteURL.editTheme(.key).pathComponents, use: CodebookController.update)
        app.get(SiteURL.projectThemes(.key).pathComponents, use: ThemeOverviewController.show)
    }

    // Findings and recommendations.
    do {
        app.get(SiteURL.projectFindings(.key).pathComponents, use: FindingController.list)
        app.post(SiteURL.projectFindings(.key).pathComponents, use: FindingController.create)
        app.get(SiteURL.finding(.key).pathComponents, use: FindingController.show)
        app.post(SiteURL.findingEvidence(.key).pathComponents, use: FindingController.addEvidence)
        app.post(SiteURL.removeFindingEvidence(.key, .key).pathComponents, use: FindingController.removeEvidence)
        app.get(SiteURL.projectRecommendations(.key).pathComponents, use: RecommendationController.list)
        app.post(SiteURL.projectRecommendations(.key).pathComponents, use: RecommendationController.create)
        app.get(SiteURL.recommendation(.key).pathComponents, use: RecommendationController.show)
        app.post(SiteURL.recommendationStatus(.key).pathComponents, use: RecommendationProgressController.changeStatus)
        // Streamed: an evidence file goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.recommendationUpdates(.key).pathComponents, body: .stream, use: RecommendationProgressController.addUpdate)
            .streamedUpload()
        app.get(SiteURL.recommendationUpdateFile(.key, .key).pathComponents, use: RecommendationProgressController.evidenceFile)
        app.post(SiteURL.recommendationPublish(.key).pathComponents, use: RecommendationProgressController.publish)
        app.post(SiteURL.recommendationReview(.key).pathComponents, use: RecommendationProgressController.review)
        app.get(SiteURL.organisationRecommendations(.key).pathComponents, use: OrganisationRecommendationsController.list)
    }

    // Reports.
    do {
        app.get(SiteURL.projectReport(.key).pathComponents, use: ReportController.show)
        app.post(SiteURL.projectReportText(.key).pathComponents, use: ReportController.updateText)
        app.get(SiteURL.projectReportDocx(.key).pathComponents, use: ReportController.docx)
    }

    // Messages.
    do {
        app.get(SiteURL.inbox.pathComponents, use: InboxController.inbox)
        app.get(SiteURL.outbox.pathComponents, use: InboxController.outbox)
        app.post(SiteURL.outbox.pathComponents, use: InboxController.sendNow)
    }
}
