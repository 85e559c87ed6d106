import Vapor

/// Improvement projects and the evidence they gather. Like every route, each
/// handler asks the access policy (through `req.project`) before it reads or changes anything.
func projectRoutes(_ root: Application) {
    // Public: anyone with the link may answer an open survey.
    do {
        root.get(SiteURL.publicSurvey(.key).pathComponents, use: SurveyAnswerController.show)
        root.post(SiteURL.publicSurvey(.key).pathComponents, use: SurveyAnswerController.submit)
        root.get(SiteURL.publicSurveyThanks(.key).pathComponents, use: SurveyAnswerController.thanks)
    }

    let app = root.signInRequired()
    // Projects: proposal, stages, team, involvement plan, templates.
    do {
        app.get(SiteURL.projects.pathComponents, use: ProjectController.list)
        app.get(SiteURL.newProject.pathComponents, use: ProjectController.new)
        app.post(SiteURL.projects.pathComponents, use: ProjectController.create)
        app.get(SiteURL.project(.key).pathComponents, use: ProjectController.show)
        app.get(SiteURL.project(.key, .edit).pathComponents, use: ProjectController.edit)
        app.post(SiteURL.project(.key, .edit).pathComponents, use: ProjectController.update)
        app.get(SiteURL.project(.key, .proposal).pathComponents, use: ProposalController.show)
        app.post(SiteURL.project(.key, .agree).pathComponents, use: ProposalController.agree)
        app.post(SiteURL.project(.key, .outcomes).pathComponents, use: ProposalController.updateOutcomes)
        app.post(SiteURL.project(.key, .milestones).pathComponents, use: ProposalController.addMilestone)
        app.post(SiteURL.project(.key, .completeMilestone(.key)).pathComponents, use: ProposalController.completeMilestone)
        app.post(SiteURL.project(.key, .removeMilestone(.key)).pathComponents, use: ProposalController.removeMilestone)
        app.get(SiteURL.project(.key, .stage).pathComponents, use: StageController.show)
        app.post(SiteURL.project(.key, .stage).pathComponents, use: StageController.advance)
        app.get(SiteURL.project(.key, .team).pathComponents, use: TeamController.show)
        app.post(SiteURL.project(.key, .team).pathComponents, use: TeamController.add)
        app.post(SiteURL.project(.key, .removeTeamMember(.key)).pathComponents, use: TeamController.remove)
        app.get(SiteURL.project(.key, .involvement).pathComponents, use: InvolvementController.show)
        app.post(SiteURL.project(.key, .involvement).pathComponents, use: InvolvementController.update)
        app.get(SiteURL.project(.key, .replicate).pathComponents, use: ReplicationController.show)
        app.post(SiteURL.project(.key, .replicate).pathComponents, use: ReplicationController.replicate)
    }

    // Surveys: builder, life, results, paper entry.
    do {
        app.get(SiteURL.project(.key, .surveys).pathComponents, use: SurveyController.list)
        app.post(SiteURL.project(.key, .surveys).pathComponents, use: SurveyController.create)
        app.get(SiteURL.survey(.key).pathComponents, use: SurveyController.show)
        app.get(SiteURL.survey(.key, .edit).pathComponents, use: SurveyController.edit)
        app.post(SiteURL.survey(.key, .edit).pathComponents, use: SurveyController.update)
        app.post(SiteURL.survey(.key, .questions).pathComponents, use: SurveyController.addQuestion)
        app.get(SiteURL.survey(.key, .editQuestion(.key)).pathComponents, use: SurveyController.editQuestion)
        app.post(SiteURL.survey(.key, .editQuestion(.key)).pathComponents, use: SurveyController.updateQuestion)
        app.post(SiteURL.survey(.key, .moveQuestion(.key)).pathComponents, use: SurveyController.moveQuestion)
        app.post(SiteURL.survey(.key, .removeQuestion(.key)).pathComponents, use: SurveyController.removeQuestion)
        app.post(SiteURL.survey(.key, .status).pathComponents, use: SurveyController.changeStatus)
        app.get(SiteURL.survey(.key, .results).pathComponents, use: SurveyResultsController.show)
        app.get(SiteURL.survey(.key, .export).pathComponents, use: SurveyResultsController.export)
        app.get(SiteURL.survey(.key, .paper).pathComponents, use: SurveyAnswerController.paperForm)
        app.post(SiteURL.survey(.key, .paper).pathComponents, use: SurveyAnswerController.paperSubmit)
    }

    // Activities and checklists.
    do {
        app.get(SiteURL.project(.key, .activities).pathComponents, use: ActivityController.list)
        app.post(SiteURL.project(.key, .activities).pathComponents, use: ActivityController.create)
        app.get(SiteURL.activity(.key).pathComponents, use: ActivityController.show)
        app.post(SiteURL.activity(.key, .scores).pathComponents, use: ActivityController.saveScores)
        app.post(SiteURL.activity(.key, .evidence).pathComponents, use: ActivityController.addEvidence)
        app.get(SiteURL.project(.key, .checklists).pathComponents, use: ChecklistController.list)
        app.post(SiteURL.project(.key, .checklists).pathComponents, use: ChecklistController.create)
        app.get(SiteURL.checklist(.key).pathComponents, use: ChecklistController.show)
    }
    // Measures and their SPC charts.
    do {
        app.get(SiteURL.project(.key, .measures).pathComponents, use: MeasureController.list)
        app.post(SiteURL.project(.key, .measures).pathComponents, use: MeasureController.create)
        app.get(SiteURL.measure(.key).pathComponents, use: MeasureController.show)
        app.post(SiteURL.measure(.key, .points).pathComponents, use: MeasureController.addPoints)
        app.post(SiteURL.measure(.key, .phases).pathComponents, use: MeasureController.recalculate)
    }

    // Community reporting stories.
    do {
        app.get(SiteURL.project(.key, .stories).pathComponents, use: StoryController.list)
        app.post(SiteURL.project(.key, .stories).pathComponents, use: StoryController.create)
        app.get(SiteURL.story(.key).pathComponents, use: StoryController.show)
        app.post(SiteURL.story(.key, .clips).pathComponents, use: StoryController.addClip)
        app.get(SiteURL.story(.key, .recording).pathComponents, use: StoryRecordingController.play)
        // Streamed: the recording goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.story(.key, .recording).pathComponents, body: .stream, use: StoryRecordingController.upload)
            .streamedUpload()
    }

    // Feedback imports.
    do {
        app.get(SiteURL.project(.key, .import).pathComponents, use: ImportController.start)
        // Streamed: the file goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.project(.key, .import).pathComponents, body: .stream, use: ImportController.upload)
            .streamedUpload()
        app.get(SiteURL.importJob(.key).pathComponents, use: ImportController.show)
        app.post(SiteURL.importJob(.key, .mapping).pathComponents, use: ImportController.saveMapping)
        app.post(SiteURL.importJob(.key, .confirm).pathComponents, use: ImportController.confirm)
        app.post(SiteURL.importJob(.key, .cancel).pathComponents, use: ImportController.cancel)
        app.get(SiteURL.importJob(.key, .progress).pathComponents, use: ImportController.progress)
    }

    // Evidence libraries and single pieces of evidence.
    do {
        app.get(SiteURL.project(.key, .evidence).pathComponents, use: EvidenceController.projectLibrary)
        app.get(SiteURL.organisation(.key, .evidence).pathComponents, use: EvidenceController.organisationLibrary)
        app.get(SiteURL.feedbackItem(.key).pathComponents, use: EvidenceController.item)
    }
}
