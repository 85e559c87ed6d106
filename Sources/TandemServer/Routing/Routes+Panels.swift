import TandemCore
import Vapor

/// Patient-led peer review panels: panels, their members and meetings, bringing a project, the
/// review from triage to follow-ups, and the yearly report.
func panelRoutes(_ app: Application) {
    app.get(.panels, .signedIn, use: PanelController.list)
    app.get(.newPanel, .global(.managePanels), use: PanelController.new)
    app.post(.panels, .global(.managePanels), use: PanelController.create)
    app.get(.publicPanelSubmission(.key), .public, use: SubmissionController.publicForm)
    app.post(.publicPanelSubmission(.key), .public, use: SubmissionController.publicCreate)

    app.get(.panel(.key), .panel(Permission.viewPanel), use: PanelController.show)
    app.post(.panel(.key, .members), .panel { _ in .managePanels }, use: PanelController.addMember)
    app.post(.panel(.key, .meetings), .panel { _ in .managePanels }, use: PanelController.scheduleMeeting)
    app.get(.panel(.key, .submit), .panel(Permission.submitToPanel), use: SubmissionController.new)
    app.post(.panel(.key, .submit), .panel(Permission.submitToPanel), use: SubmissionController.create)
    app.get(.panel(.key, .report), .panel(Permission.workOnPanel), use: PanelReportController.show)

    app.get(.panelReview(.key), .panelReview(Permission.viewReview), use: ReviewController.show)
    app.post(.panelReview(.key, .triage), .panelReview(Permission.chairReview), use: ReviewController.triage)
    app.post(.panelReview(.key, .information), .panelReview(Permission.answerReview), use: ReviewController.addInformation)
    app.post(.panelReview(.key, .thoughts), .panelReview(Permission.giveReviewFeedback), use: ReviewController.addThoughts)
    app.post(.panelReview(.key, .feedback), .panelReview(Permission.giveReviewFeedback), use: ReviewController.addFeedback)
    app.post(.panelReview(.key, .agree), .panelReview(Permission.chairReview), use: ReviewController.agree)
    app.post(.panelReview(.key, .reply(.key)), .panelReview(Permission.answerReview), use: ReviewController.reply)
    app.post(.panelReview(.key, .actions), .panelReview(Permission.chairReview), use: ReviewController.addAction)
    app.post(.panelReview(.key, .action(.key)), .panelReview(Permission.trackReviewActions), use: ReviewController.updateAction)
    app.upload(.panelReview(.key, .followUps), .panelReview(Permission.answerReview), use: ReviewController.followUp)
    app.get(.panelReview(.key, .followUpFile(.key)), .panelReview(Permission.viewReview), use: ReviewController.followUpFile)
    app.post(.panelReview(.key, .close), .panelReview(Permission.answerReview), use: ReviewController.close)
    app.post(.panelReview(.key, .time), .panelReview(Permission.giveReviewFeedback), use: ReviewController.recordTime)
}
