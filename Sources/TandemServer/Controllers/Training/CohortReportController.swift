import Fluent
import TandemCore
import Vapor

/// The cohort report on the four Kirkpatrick levels, and the attendance grid.
enum CohortReportController {
    static func report(req: Request) async throws -> Response {
        let (cohort, programme, _) = try await req.cohort(Permission.viewCohort)
        let model = try await reportModel(cohort, programme, on: req.db)
        return CohortReportPage.render(model, context: try await PageContext.make(req, section: .training)).response()
    }

    static func reportModel(
        _ cohort: TrainingCohort, _ programme: TrainingProgramme, today: Date = Date(), on db: any Database
    ) async throws -> CohortReportPage.Model {
        let attendance = try await TrainingReports.attendance(cohort, on: db)
        let reaction = try await TrainingReports.reaction(attendance, on: db)
        let learning = try await TrainingReports.learning([cohort.savedID], programmeID: programme.savedID, on: db)
        let outcomes = try await TrainingReports.outcomes(cohort, today: today, on: db)
        let trainers = try await ProgrammeTrainer.query(on: db).filter(\.$programme.$id == programme.savedID).with(\.$person)
            .all()
        let names = Dictionary(uniqueKeysWithValues: trainers.map { ($0.$person.id, ($0.person.displayName, $0.kind)) })
        let rule = programme.sessionsRequired.map(CompletionRule.init(sessionsRequired:))
        let completed = rule.map { rule in
            attendance.members.filter { rule.isCompleted(attended: attendance.attended($0.personID)) }.count
        }
        return CohortReportPage.Model(
            cohortID: cohort.savedID, cohortName: cohort.name, programmeID: programme.savedID, programmeName: programme.name,
            people: attendance.members.count, completed: completed,
            completion: rule?.description(of: attendance.curriculumSessions),
            sessions: reaction.sessions,
            trainers: reaction.trainers.compactMap { row in
                names[row.personID].map { (name: $0.0, kind: $0.1, rating: row.rating) }
            }.sorted { $0.name < $1.name },
            statements: learning.statements, themes: learning.themes, answered: learning.answered, teams: outcomes)
    }

    static func attendancePage(req: Request) async throws -> Response {
        let (cohort, programme, _) = try await req.cohort(Permission.runCohort)
        let attendance = try await TrainingReports.attendance(cohort, on: req.db)
        let model = AttendancePage.Model(
            cohortID: cohort.savedID, cohortName: cohort.name, programmeName: programme.name, attendance: attendance)
        return AttendancePage.render(model, context: try await PageContext.withForm(req, section: .training)).response()
    }
}
