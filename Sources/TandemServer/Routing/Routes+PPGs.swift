import TandemCore
import Vapor

/// Patient Participation Groups: the public directory and join form; the ICB view, each PPG's
/// pages, its meetings and health check; the practices' registered populations.
func ppgRoutes(_ app: Application) {
    app.get(.ppgDirectory, .public, use: PublicPPGController.directory)
    app.get(.ppgDirectoryPractice(.key), .public, use: PublicPPGController.practice)
    app.post(.ppgDirectoryPractice(.key), .public, use: PublicPPGController.join)

    app.get(.ppgs, .global(.listPPGs), use: PPGListController.list)
    app.get(.ppgsExport, .global(.listPPGs), use: PPGListController.export)
    app.get(.newPPG, .global(.managePPGs), use: PPGListController.new)
    app.post(.ppgs, .global(.managePPGs), use: PPGListController.create)
    app.get(.populations, .global(.managePPGs), use: PopulationController.page)
    app.upload(.populations, .global(.managePPGs), use: PopulationController.upload)
    app.get(.ppgQuestionnaire, .global(.managePPGs), use: PPGAssessmentController.questionnaire)
    app.post(.ppgQuestionnaire, .global(.managePPGs), use: PPGAssessmentController.reword)
    app.get(.ppgNeeds, .global(.listPPGs), use: PPGNeedsController.page)
    app.get(.buddies, .global(.managePPGs), use: PPGBuddyController.list)
    app.post(.buddies, .global(.managePPGs), use: PPGBuddyController.propose)

    app.get(.ppg(.key), .ppg(Permission.viewPPG), use: PPGController.show)
    app.get(.ppg(.key, .edit), .ppg(Permission.runPPG), use: PPGController.edit)
    app.post(.ppg(.key, .edit), .ppg(Permission.runPPG), use: PPGController.update)
    app.post(.ppg(.key, .status), .ppg(Permission.runPPG), use: PPGController.changeStatus)
    app.post(.ppg(.key, .members), .ppg(Permission.runPPG), use: PPGController.addMember)
    app.post(.ppg(.key, .leave(.key)), .ppg(Permission.runPPG), use: PPGController.leave)
    app.post(.ppg(.key, .improvements), .ppg(Permission.runPPG), use: PPGController.addImprovement)
    app.get(.ppg(.key, .newMeeting), .ppg(Permission.runPPG), use: PPGMeetingController.new)
    app.post(.ppg(.key, .meetings), .ppg(Permission.runPPG), use: PPGMeetingController.create)
    app.get(.ppg(.key, .meeting(.key)), .ppg(Permission.viewPPG), use: PPGMeetingController.show)
    app.post(.ppg(.key, .actions(.key)), .ppg(Permission.runPPG), use: PPGMeetingController.addAction)
    app.post(.ppg(.key, .action(.key)), .ppg(Permission.runPPG), use: PPGMeetingController.updateAction)
    app.get(.ppg(.key, .health), .ppg(Permission.viewPPG), use: PPGHealthController.show)
    app.post(.ppg(.key, .judgements), .ppg(Permission.runPPG), use: PPGHealthController.judge)
    app.get(.ppg(.key, .population), .ppg(Permission.viewPPG), use: PopulationController.practice)
    app.post(.ppg(.key, .population), .ppg(Permission.runPPG), use: PopulationController.saveEthnicity)
    app.get(.ppg(.key, .selfAssessment), .ppg(Permission.viewPPG), use: PPGAssessmentController.show)
    app.get(.ppg(.key, .newSelfAssessment), .ppg(Permission.runPPG), use: PPGAssessmentController.new)
    app.post(.ppg(.key, .selfAssessment), .ppg(Permission.runPPG), use: PPGAssessmentController.create)
    app.get(.ppg(.key, .buddy(.key)), .ppg(Permission.viewPPG), use: PPGBuddyController.show)
    app.post(.ppg(.key, .buddyAnswer(.key)), .ppg(Permission.runPPG), use: PPGBuddyController.answer)
    app.post(.ppg(.key, .buddyAgreement(.key)), .ppg(Permission.runPPG), use: PPGBuddyController.agreement)
    app.post(.ppg(.key, .buddyContact(.key)), .ppg(Permission.runPPG), use: PPGBuddyController.contact)
    app.post(.ppg(.key, .buddyReview(.key)), .ppg(Permission.runPPG), use: PPGBuddyController.review)
    app.post(.ppg(.key, .buddyEnd(.key)), .ppg(Permission.runPPG), use: PPGBuddyController.end)
}
