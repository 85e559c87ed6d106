import TandemCore
import Vapor

/// Co-production training: programmes, cohorts, their answers and reports, certificates, and trainers' own view.
func trainingRoutes(_ app: Application) {
    app.get(.programmes, .signedIn, use: ProgrammeController.list)
    app.get(.newProgramme, .global(.manageProgrammes), use: ProgrammeController.new)
    app.post(.programmes, .global(.manageProgrammes), use: ProgrammeController.create)
    app.get(.myTraining, .signedIn, use: TrainerController.show)
    app.post(.myTrainingTime, .signedIn, use: TrainerController.recordTime)
    app.get(
        .organisation(.key, .coProduction), .organisation(Permission.viewOrganisation), use: CoProductionProfileController.show)

    app.get(.programme(.key), .programme(Permission.viewProgramme), use: ProgrammeController.show)
    app.post(.programme(.key, .trainers), .programme { _ in .manageProgrammes }, use: ProgrammeController.addTrainer)
    app.post(.programme(.key, .sessions), .programme { _ in .manageProgrammes }, use: ProgrammeController.addSession)
    app.post(.programme(.key, .session(.key)), .programme { _ in .manageProgrammes }, use: ProgrammeController.addMaterial)
    app.post(.programme(.key, .statements), .programme { _ in .manageProgrammes }, use: ProgrammeController.addStatement)
    app.post(.programme(.key, .completion), .programme { _ in .manageProgrammes }, use: ProgrammeController.setCompletion)
    app.get(.programme(.key, .newCohort), .programme { _ in .manageProgrammes }, use: CohortController.new)
    app.post(.programme(.key, .cohorts), .programme { _ in .manageProgrammes }, use: CohortController.create)

    app.get(.cohort(.key), .cohort(Permission.viewCohort), use: CohortController.show)
    app.post(.cohort(.key, .sessions), .cohort(Permission.runCohort), use: CohortController.schedule)
    app.post(.cohort(.key, .teams), .cohort(Permission.runCohort), use: CohortController.addTeam)
    app.post(.cohort(.key, .teamMembers(.key)), .cohort(Permission.runCohort), use: CohortController.addTeamMember)
    app.get(.cohort(.key, .attendance), .cohort(Permission.runCohort), use: CohortReportController.attendancePage)
    app.post(.cohort(.key, .attendance), .cohort(Permission.runCohort), use: CohortController.attendance)
    app.get(.cohort(.key, .report), .cohort(Permission.viewCohort), use: CohortReportController.report)
    app.post(.cohort(.key, .certificates), .cohort(Permission.runCohort), use: CertificateController.issue)
    app.get(.cohort(.key, .certificate(.key)), .cohort(Permission.viewCohort), use: CertificateController.show)
    app.get(.cohort(.key, .questionnaire(.key)), .cohort(Permission.viewCohort), use: CohortAnswersController.questionnaire)
    app.post(
        .cohort(.key, .questionnaire(.key)), .cohort(Permission.viewCohort), use: CohortAnswersController.answerQuestionnaire)
    app.get(.cohort(.key, .feedback(.key)), .cohort(Permission.viewCohort), use: CohortAnswersController.feedback)
    app.post(.cohort(.key, .feedback(.key)), .cohort(Permission.viewCohort), use: CohortAnswersController.giveFeedback)
}
