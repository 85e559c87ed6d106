import TandemCore
import Vapor

/// Improvement projects and the evidence they gather. Like every route, each
/// handler asks the access policy (through `req.project`) before it reads or changes anything.
func projectRoutes(_ app: Application) {
    // Public: anyone with the link may answer an open survey.
    do {
        app.get(.publicSurvey(.key), .public, use: SurveyAnswerController.show)
        app.post(.publicSurvey(.key), .public, use: SurveyAnswerController.submit)
        app.get(.publicSurveyThanks(.key), .public, use: SurveyAnswerController.thanks)
    }

    // Projects: proposal, stages, team, involvement plan, templates.
    do {
        app.get(.projects, .global(.listProjects), use: ProjectController.list)
        app.get(.newProject, .global(.createProject), use: ProjectController.new)
        app.post(.projects, .global(.createProject), use: ProjectController.create)
        app.get(.project(.key), .project(Permission.viewProject), use: ProjectController.show)
        app.get(.project(.key, .edit), .project(Permission.manageProject), use: ProjectController.edit)
        app.post(.project(.key, .edit), .project(Permission.manageProject), use: ProjectController.update)
        app.get(.project(.key, .proposal), .project(Permission.viewProject), use: ProposalController.show)
        app.post(.project(.key, .agree), .project(Permission.manageProject), use: ProposalController.agree)
        app.post(.project(.key, .outcomes), .project(Permission.manageProject), use: ProposalController.updateOutcomes)
        app.post(.project(.key, .milestones), .project(Permission.manageProject), use: ProposalController.addMilestone)
        app.post(
            .project(.key, .completeMilestone(.key)), .project(Permission.manageProject),
            use: ProposalController.completeMilestone)
        app.post(
            .project(.key, .removeMilestone(.key)), .project(Permission.manageProject), use: ProposalController.removeMilestone)
        app.get(.project(.key, .stage), .project(Permission.manageProject), use: StageController.show)
        app.post(.project(.key, .stage), .project(Permission.manageProject), use: StageController.advance)
        app.get(.project(.key, .team), .project(Permission.viewProject), use: TeamController.show)
        app.post(.project(.key, .team), .project(Permission.manageProject), use: TeamController.add)
        app.post(.project(.key, .removeTeamMember(.key)), .project(Permission.manageProject), use: TeamController.remove)
        app.get(.project(.key, .involvement), .project(Permission.viewProject), use: InvolvementController.show)
        app.post(.project(.key, .involvement), .project(Permission.manageProject), use: InvolvementController.update)
        app.get(.project(.key, .replicate), .project(Permission.manageProject), use: ReplicationController.show)
        app.post(.project(.key, .replicate), .project(Permission.manageProject), use: ReplicationController.replicate)
    }

    // Surveys: builder, life, results, paper entry.
    do {
        app.get(.project(.key, .surveys), .project(Permission.viewProject), use: SurveyController.list)
        app.post(.project(.key, .surveys), .project(Permission.manageProject), use: SurveyController.create)
        app.get(.survey(.key), .project(Permission.viewProject), use: SurveyController.show)
        app.get(.survey(.key, .edit), .project(Permission.manageProject), use: SurveyController.edit)
        app.post(.survey(.key, .edit), .project(Permission.manageProject), use: SurveyController.update)
        app.post(.survey(.key, .questions), .project(Permission.manageProject), use: SurveyController.addQuestion)
        app.get(.survey(.key, .editQuestion(.key)), .project(Permission.manageProject), use: SurveyController.editQuestion)
        app.post(.survey(.key, .editQuestion(.key)), .project(Permission.manageProject), use: SurveyController.updateQuestion)
        app.post(.survey(.key, .moveQuestion(.key)), .project(Permission.manageProject), use: SurveyController.moveQuestion)
        app.post(.survey(.key, .removeQuestion(.key)), .project(Permission.manageProject), use: SurveyController.removeQuestion)
        app.post(.survey(.key, .status), .project(Permission.manageProject), use: SurveyController.changeStatus)
        app.get(.survey(.key, .results), .project(Permission.viewProject), use: SurveyResultsController.show)
        app.get(.survey(.key, .export), .project(Permission.seeTeamDetails), use: SurveyResultsController.export)
        app.get(.survey(.key, .paper), .project(Permission.contributeEvidence), use: SurveyAnswerController.paperForm)
        app.post(.survey(.key, .paper), .project(Permission.contributeEvidence), use: SurveyAnswerController.paperSubmit)
    }

    // Activities and checklists.
    do {
        app.get(.project(.key, .activities), .project(Permission.viewProject), use: ActivityController.list)
        app.post(.project(.key, .activities), .project(Permission.contributeEvidence), use: ActivityController.create)
        app.get(.activity(.key), .project(Permission.viewProject), use: ActivityController.show)
        app.post(.activity(.key, .scores), .project(Permission.contributeEvidence), use: ActivityController.saveScores)
        app.post(.activity(.key, .evidence), .project(Permission.contributeEvidence), use: ActivityController.addEvidence)
        app.get(.project(.key, .checklists), .project(Permission.viewProject), use: ChecklistController.list)
        app.post(.project(.key, .checklists), .project(Permission.contributeEvidence), use: ChecklistController.create)
        app.get(.checklist(.key), .project(Permission.viewProject), use: ChecklistController.show)
    }
    // Measures and their SPC charts.
    do {
        app.get(.project(.key, .measures), .project(Permission.viewProject), use: MeasureController.list)
        app.post(.project(.key, .measures), .project(Permission.contributeEvidence), use: MeasureController.create)
        app.get(.measure(.key), .project(Permission.viewProject), use: MeasureController.show)
        app.post(.measure(.key, .points), .project(Permission.contributeEvidence), use: MeasureController.addPoints)
        app.post(.measure(.key, .phases), .project(Permission.contributeEvidence), use: MeasureController.recalculate)
    }

    // Community reporting stories.
    do {
        app.get(.project(.key, .stories), .project(Permission.viewProject), use: StoryController.list)
        app.post(.project(.key, .stories), .project(Permission.contributeEvidence), use: StoryController.create)
        app.get(.story(.key), .project(Permission.viewProject), use: StoryController.show)
        app.post(.story(.key, .clips), .project(Permission.contributeEvidence), use: StoryController.addClip)
        app.get(.story(.key, .recording), .project(Permission.viewProject), use: StoryRecordingController.play)
        // Streamed: the recording goes to disk as it arrives (see UploadReceiver).
        app.upload(.story(.key, .recording), .project(Permission.contributeEvidence), use: StoryRecordingController.upload)
    }

    // Feedback imports.
    do {
        app.get(.project(.key, .import), .project(Permission.contributeEvidence), use: ImportController.start)
        // Streamed: the file goes to disk as it arrives (see UploadReceiver).
        app.upload(.project(.key, .import), .project(Permission.contributeEvidence), use: ImportController.upload)
        app.get(.importJob(.key), .project(Permission.contributeEvidence), use: ImportController.show)
        app.post(.importJob(.key, .mapping), .project(Permission.contributeEvidence), use: ImportController.saveMapping)
        app.post(.importJob(.key, .confirm), .project(Permission.contributeEvidence), use: ImportController.confirm)
        app.post(.importJob(.key, .cancel), .project(Permission.contributeEvidence), use: ImportController.cancel)
        app.get(.importJob(.key, .progress), .project(Permission.contributeEvidence), use: ImportController.progress)
        app.get(.importJob(.key, .notImported), .project(Permission.contributeEvidence), use: ImportController.notImported)
    }

    // Evidence libraries and single pieces of evidence.
    do {
        app.get(.project(.key, .evidence), .project(Permission.viewProject), use: EvidenceController.projectLibrary)
        app.get(
            .organisation(.key, .evidence), .organisation(Permission.viewOrganisationEvidence),
            use: EvidenceController.organisationLibrary)
        app.get(.feedbackItem(.key), .project(Permission.viewProject), use: EvidenceController.item)
    }
}
