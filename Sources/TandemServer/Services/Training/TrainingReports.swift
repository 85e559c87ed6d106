import Fluent
import Foundation
import TandemCore

/// What a cohort's records say on the four Kirkpatrick levels: reaction (the surveys after each
/// session, by session and by trainer), learning (the questionnaires paired by person), behaviour
/// and results (the teams' own projects). Only aggregates leave this type: no one's answers.
enum TrainingReports {
    /// Attendance of a cohort: its sessions in order, its people, and who came to which.
    struct Attendance: Sendable {
        struct Session: Sendable {
            let id: UUID
            let eventID: UUID
            let curriculumID: UUID
            let number: Int
            let title: String
            let startsAt: Date
            let endsAt: Date
            let trainers: [UUID]
            var held: Bool
        }
        struct Member: Sendable {
            let personID: UUID
            let name: String
            let team: String
            let kind: TeamMemberKind
        }
        let sessions: [Session]
        let members: [Member]
        /// Attendance by person and event, from the events' registers.
        let marks: [UUID: [UUID: TandemCore.Attendance]]
        /// The curriculum's number of sessions.
        let curriculumSessions: Int

        func attended(_ personID: UUID) -> Int {
            (marks[personID] ?? [:]).values.filter { $0 == .present }.count
        }
    }

    static func attendance(_ cohort: TrainingCohort, on db: any Database) async throws -> Attendance {
        let cohortID = try cohort.requireID()
        let scheduled = try await CohortSession.query(on: db).filter(\.$cohort.$id == cohortID).with(\.$event)
            .with(\.$curriculumSession).all()
        let curriculum = try await CurriculumSession.query(on: db).filter(\.$programme.$id == cohort.$programme.id).count()
        let sessions = scheduled.map { session in
            Attendance.Session(
                id: session.savedID, eventID: session.$event.id, curriculumID: session.$curriculumSession.id,
                number: session.curriculumSession.position + 1, title: session.curriculumSession.title,
                startsAt: session.event.startsAt, endsAt: session.event.endsAt, trainers: session.curriculumSession.trainers,
                held: session.event.status == .held || session.event.endsAt < Date())
        }.sorted { ($0.startsAt, $0.number) < ($1.startsAt, $1.number) }
        let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohortID).sort(\.$name).all()
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.savedID, $0.name) })
        let members =
            teams.isEmpty
            ? [] : try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams.map(\.savedID)).with(\.$person).all()
        var marks: [UUID: [UUID: TandemCore.Attendance]] = [:]
        if !sessions.isEmpty {
            let registrations = try await EventRegistration.query(on: db).filter(\.$event.$id ~~ sessions.map(\.eventID))
                .filter(\.$status != .cancelled).all()
            for registration in registrations {
                guard let personID = registration.$person.id, let attendance = registration.attendance else { continue }
                marks[personID, default: [:]][registration.$event.id] = attendance
            }
        }
        return Attendance(
            sessions: sessions,
            members: members.map {
                .init(personID: $0.$person.id, name: $0.person.displayName, team: teamNames[$0.$team.id] ?? "", kind: $0.kind)
            }.sorted { ($0.team, $0.name) < ($1.team, $1.name) },
            marks: marks, curriculumSessions: curriculum)
    }

    // MARK: - Learning

    struct StatementChange: Sendable {
        let text: String
        let change: PairedChange
    }

    /// Each statement's paired change between the two questionnaires, and the after-answers' themes.
    static func learning(
        _ cohortIDs: [UUID], programmeID: UUID, on db: any Database
    ) async throws -> (
        statements: [StatementChange], themes: [(theme: String, answers: Int)], answered: (before: Int, after: Int)
    ) {
        let statements = try await ProgrammeStatement.query(on: db).filter(\.$programme.$id == programmeID)
            .sort(\.$position).all()
        guard !cohortIDs.isEmpty else { return ([], [], (0, 0)) }
        let responses = try await QuestionnaireResponse.query(on: db).filter(\.$cohort.$id ~~ cohortIDs).all()
        let answers =
            responses.isEmpty
            ? [] : try await QuestionnaireAnswer.query(on: db).filter(\.$response.$id ~~ responses.map(\.savedID)).all()
        let responseByID = Dictionary(uniqueKeysWithValues: responses.map { ($0.savedID, $0) })
        var values: [QuestionnaireStage: [UUID: [String: Double]]] = [:]
        for answer in answers {
            guard let response = responseByID[answer.$response.id] else { continue }
            // A person is paired within their cohort: the key is the person and the cohort.
            let key = "\(response.$person.id.lowercasedString)/\(response.$cohort.id.lowercasedString)"
            values[response.stage, default: [:]][answer.$statement.id, default: [:]][key] = Double(answer.value)
        }
        let changes = statements.map { statement in
            StatementChange(
                text: statement.text,
                change: PairedChange(
                    before: values[.before]?[statement.savedID] ?? [:], after: values[.after]?[statement.savedID] ?? [:]))
        }
        let reflections = responses.filter { $0.stage == .after }.map(\.reflection).filter { !$0.isEmpty }
        return (
            changes, TrainingCodebook.count(reflections),
            (responses.filter { $0.stage == .before }.count, responses.filter { $0.stage == .after }.count)
        )
    }

    // MARK: - Reaction

    /// Each session's ratings, and each trainer's over the sessions they delivered.
    static func reaction(
        _ attendance: Attendance, on db: any Database
    ) async throws -> (
        sessions: [(title: String, usefulness: RatingSummary, trainers: RatingSummary)],
        trainers: [(personID: UUID, rating: RatingSummary)]
    ) {
        guard !attendance.sessions.isEmpty else { return ([], []) }
        let reactions = try await SessionReaction.query(on: db).filter(\.$session.$id ~~ attendance.sessions.map(\.id)).all()
        let bySession = Dictionary(grouping: reactions, by: \.$session.id)
        var byTrainer: [UUID: [Int]] = [:]
        let sessions = attendance.sessions.map { session in
            let answers = bySession[session.id] ?? []
            for trainer in session.trainers { byTrainer[trainer, default: []] += answers.map(\.trainers) }
            return (
                title: "\(session.number). \(session.title)", usefulness: RatingSummary(answers.map(\.usefulness)),
                trainers: RatingSummary(answers.map(\.trainers))
            )
        }
        return (sessions, byTrainer.map { (personID: $0.key, rating: RatingSummary($0.value)) })
    }

    // MARK: - Behaviour and results

    struct TeamOutcome: Sendable {
        let team: String
        let projectID: UUID?
        let projectTitle: String?
        let partnersOnProject: Int
        let milestones: (done: Int, total: Int)
        let atStart: InvolvementLevel?
        let now: InvolvementLevel?
        /// At 3 and 6 months after the cohort's last day: the level then and the move from the start, or when it is due.
        let followUps: [(months: Int, on: Date, level: InvolvementLevel?, move: InvolvementLadder.Move?)]
        let measures: [(name: String, variation: VariationIcon?)]
        let missingLivedExperience: Bool
    }

    static func outcomes(_ cohort: TrainingCohort, today: Date = Date(), on db: any Database) async throws -> [TeamOutcome] {
        let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohort.requireID()).with(\.$project)
            .sort(\.$name).all()
        let projectIDs = teams.compactMap { $0.$project.id }
        let history = try await InvolvementLevels.history(projectIDs, on: db)
        let members =
            teams.isEmpty
            ? [] : try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams.map(\.savedID)).all()
        let partnerRoles: [ProjectRole] = [.patientPartner, .carerPartner, .volunteerAmbassador, .communityReporter]
        let projectMembers =
            projectIDs.isEmpty
            ? []
            : try await ProjectMember.query(on: db).filter(\.$project.$id ~~ projectIDs).filter(\.$role ~~ partnerRoles).all()
        let milestones =
            projectIDs.isEmpty
            ? [] : try await ProjectMilestone.query(on: db).filter(\.$project.$id ~~ projectIDs).all()
        let plans =
            projectIDs.isEmpty
            ? [] : try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id ~~ projectIDs).all()
        let measures = projectIDs.isEmpty ? [] : try await Measure.query(on: db).filter(\.$project.$id ~~ projectIDs).all()
        let points = try await MeasureController.pointsByMeasure(measures, on: db)
        let startDay = cohort.firstDay.addingTimeInterval(86_400)
        return teams.map { team in
            let kinds = members.filter { $0.$team.id == team.savedID }.map(\.kind)
            guard let project = team.project, let projectID = team.$project.id else {
                return TeamOutcome(
                    team: team.name, projectID: nil, projectTitle: nil, partnersOnProject: 0, milestones: (0, 0), atStart: nil,
                    now: nil, followUps: [], measures: [], missingLivedExperience: !TeamRules.meetsLivedExperienceRule(kinds))
            }
            let dated = history[projectID] ?? []
            // The start: the level kept by the first day, or the first kept at all when the team enrolled later.
            let atStart = InvolvementLadder.level(on: startDay, history: dated) ?? dated.first?.level
            let now = InvolvementLadder.level(of: InvolvementPlanEntry.levels(plans.filter { $0.$project.id == projectID }))
            let followUps = CohortRules.followUps(after: cohort.lastDay).map { months, on in
                guard on <= today else {
                    return (months: months, on: on, level: InvolvementLevel?.none, move: InvolvementLadder.Move?.none)
                }
                let level = InvolvementLadder.level(on: on.addingTimeInterval(86_400), history: dated)
                return (months: months, on: on, level: level, move: InvolvementLadder.move(from: atStart, to: level))
            }
            let projectMilestones = milestones.filter { $0.$project.id == projectID }
            return TeamOutcome(
                team: team.name, projectID: projectID, projectTitle: project.title,
                partnersOnProject: projectMembers.filter { $0.$project.id == projectID }.count,
                milestones: (projectMilestones.filter { $0.completedOn != nil }.count, projectMilestones.count),
                atStart: atStart, now: now, followUps: followUps,
                measures: measures.filter { $0.$project.id == projectID }.map { measure in
                    let data = MeasureController.chartData(measure, points: points[measure.savedID] ?? [])
                    return (name: measure.name, variation: data.chart.points.isEmpty ? nil : data.chart.variation)
                },
                missingLivedExperience: !TeamRules.meetsLivedExperienceRule(kinds))
        }
    }

    // MARK: - A programme's cohorts side by side

    static func compare(
        _ cohorts: [TrainingCohort], programme: TrainingProgramme, on db: any Database
    ) async throws -> [ProgrammePage.CohortRow] {
        var rows: [ProgrammePage.CohortRow] = []
        for cohort in cohorts {
            let attendance = try await attendance(cohort, on: db)
            let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohort.savedID).count()
            let learning = try await learning([cohort.savedID], programmeID: programme.savedID, on: db)
            let completed = programme.sessionsRequired.map { required in
                attendance.members.filter {
                    CompletionRule(sessionsRequired: required).isCompleted(attended: attendance.attended($0.personID))
                }
                .count
            }
            let tested = learning.statements.filter { $0.change.test != nil }
            rows.append(
                .init(
                    id: cohort.savedID, name: cohort.name, firstDay: cohort.firstDay, lastDay: cohort.lastDay, teams: teams,
                    people: Set(attendance.members.map(\.personID)).count,
                    completed: completed.map { (1..<DisclosureControl.threshold).contains($0) ? .small : .count($0) },
                    improvedStatements: tested.isEmpty
                        ? nil
                        : "\(tested.filter { ($0.change.median ?? 0) > 0 && ($0.change.test?.pValue ?? 1) < 0.05 }.count) of \(learning.statements.count)"
                ))
        }
        return rows
    }
}
