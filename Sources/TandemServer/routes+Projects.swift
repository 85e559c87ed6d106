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
        app.get(SiteURL.editProject(.key).pathComponents, use: ProjectController.edit)
        app.post(SiteURL.editProject(.key).pathComponents, use: ProjectController.update)
        app.get(SiteURL.projectProposal(.key).pathComponents, use: ProposalController.show)
        app.post(SiteURL.agreeProject(.key).pathComponents, use: ProposalController.agree)
        app.post(SiteURL.projectOutcomes(.key).pathComponents, use: ProposalController.updateOutcomes)
        app.post(SiteURL.projectMilestones(.key).pathComponents, use: ProposalController.addMilestone)
        app.post(SiteURL.completeMilestone(.key, .key).pathComponents, use: ProposalController.completeMilestone)
        app.post(SiteURL.removeMilestone(.key, .key).pathComponents, use: ProposalController.removeMilestone)
        app.get(SiteURL.projectStage(.key).pathComponents, use: StageController.show)
        app.post(SiteURL.projectStage(.key).pathComponents, use: StageController.advance)
        app.get(SiteURL.projectTeam(.key).pathComponents, use: TeamController.show)
        app.post(SiteURL.projectTeam(.key).pathComponents, use: TeamController.add)
        app.post(SiteURL.removeTeamMember(.key, .key).pathComponents, use: TeamController.remove)
        app.get(SiteURL.projectPlan(.key).pathComponents, use: InvolvementController.show)
        app.post(SiteURL.projectPlan(.key).pathComponents, use: InvolvementController.update)
        app.get(SiteURL.replicateProject(.key).pathComponents, use: ReplicationController.show)
        app.post(SiteURL.replicateProject(.key).pathComponents, use: ReplicationController.replicate)
    }

    // Surveys: builder, life, results, paper entry.
    do {
        app.get(SiteURL.projectSurveys(.key).pathComponents, use: SurveyController.list)
        app.post(SiteURL.projectSurveys(.key).pathComponents, use: SurveyController.create)
        app.get(SiteURL.survey(.key).pathComponents, use: SurveyController.show)
        app.get(SiteURL.editSurvey(.key).pathComponents, use: SurveyController.edit)
        app.post(SiteURL.editSurvey(.key).pathComponents, use: SurveyController.update)
        app.post(SiteURL.surveyQuestions(.key).pathComponents, use: SurveyController.addQuestion)
        app.get(SiteURL.editSurveyQuestion(.key, .key).pathComponents, use: SurveyController.editQuestion)
        app.post(SiteURL.editSurveyQuestion(.key, .key).pathComponents, use: SurveyController.updateQuestion)
        app.post(SiteURL.moveSurveyQuestion(.key, .key).pathComponents, use: SurveyController.moveQuestion)
        app.post(SiteURL.removeSurveyQuestion(.key, .key).pathComponents, use: SurveyController.removeQuestion)
        app.post(SiteURL.surveyStatus(.key).pathComponents, use: SurveyController.changeStatus)
        app.get(SiteURL.surveyResults(.key).pathComponents, use: SurveyResultsController.show)
        app.get(SiteURL.surveyExport(.key).pathComponents, use: SurveyResultsController.export)
        app.get(SiteURL.surveyPaper(.key).pathComponents, use: SurveyAnswerController.paperForm)
        app.post(SiteURL.surveyPaper(.key).pathComponents, use: SurveyAnswerController.paperSubmit)
    }

    // Activities and checklists.
    do {
        app.get(SiteURL.projectActivities(.key).pathComponents, use: ActivityController.list)
        app.post(SiteURL.projectActivities(.key).pathComponents, use: ActivityController.create)
        app.get(SiteURL.activity(.key).pathComponents, use: ActivityController.show)
        app.post(SiteURL.activityScores(.key).pathComponents, use: ActivityController.saveScores)
        app.post(SiteURL.activityEvidence(.key).pathComponents, use: ActivityController.addEvidence)
        app.get(SiteURL.projectChecklists(.key).pathComponents, use: ChecklistController.list)
        app.post(SiteURL.projectChecklists(.key).pathComponents, use: ChecklistController.create)
        app.get(SiteURL.checklist(.key).pathComponents, use: ChecklistController.show)
    }
    // Measures and their SPC charts.
    do {
        app.get(SiteURL.projectMeasures(.key).pathComponents, use: MeasureController.list)
        app.post(SiteURL.projectMeasures(.key).pathComponents, use: MeasureController.create)
        app.get(SiteURL.measure(.key).pathComponents, use: MeasureController.show)
        app.post(SiteURL.measurePoints(.key).pathComponents, use: MeasureController.addPoints)
        app.post(SiteURL.measurePhases(.key).pathComponents, use: MeasureController.recalculate)
    }

    // Community reporting stories.
    do {
        app.get(SiteURL.projectStories(.key).pathComponents, use: StoryController.list)
        app.post(SiteURL.projectStories(.key).pathComponents, use: StoryController.create)
        app.get(SiteURL.story(.key).pathComponents, use: StoryController.show)
        app.post(SiteURL.storyClips(.key).pathComponents, use: StoryController.addClip)
        app.get(SiteURL.storyRecording(.key).pathComponents, use: StoryRecordingController.play)
        // Streamed: the recording goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.storyRecording(.key).pathComponents, body: .stream, use: StoryRecordingController.upload)
            .streamedUpload()
    }

    // Feedback imports.
    do {
        app.get(SiteURL.projectImport(.key).pathComponents, use: ImportController.start)
        // Streamed: the file goes to disk as it arrives (see UploadReceiver).
        app.on(.POST, SiteURL.projectImport(.key).pathComponents, body: .stream, use: ImportController.upload)
            .streamedUpload()
        app.get(SiteURL.importJob(.key).pathComponents, use: ImportController.show)
        app.post(SiteURL.importMapping(.key).pathComponents, use: ImportController.saveMapping)
        app.post(SiteURL.importConfirm(.key).pathComponents, use: ImportController.confirm)
        app.post(SiteURL.cancelImport(.key).pathComponents, use: ImportController.cancel)
        app.get(SiteURL.importProgress(.key).pathComponents, use: ImportController.progress)
    }

    // Evidence libraries and single pieces of evidence.
    do {
        app.get(SiteURL.projectEvidence(.key).pathComponents, use: EvidenceController.projectLibrary)
        app.get(SiteURL.organisationEvidence(.key).pathComponents, use: EvidenceController.organisationLibrary)
        app.get(SiteURL.feedbackItem(.key).pathComponents, use: EvidenceController.item)
    }
}
