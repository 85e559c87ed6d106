import Fluent
import Foundation
import TandemCore

/// The success-criteria health check: read from a PPG's records, compared with the practice's
/// population, and kept quarter by quarter. Every write to a PPG's records calls `refresh`, so
/// the current quarter's row is always the check as the records stand (the ICB view reads it).
enum PPGHealthChecks {
    struct Evaluation {
        let results: [HealthCheck.Result]
        let comparison: [MemberComparison.Question]
        let population: RegisteredPopulation?
        let ethnicity: PracticeEthnicity?
        let judgements: [HealthCriterion: PPGHealthJudgement]
        let coreMembers: Int

        /// The outcome as it stands: the latest judgement, or what the records show.
        func outcome(_ criterion: HealthCriterion) -> CriterionOutcome {
            judgements[criterion]?.outcome ?? results.first { $0.criterion == criterion }?.outcome ?? .notMet
        }
    }

    static func evaluate(_ ppg: PPG, today: Date = Date(), on db: any Database) async throws -> Evaluation {
        let ppgID = try ppg.requireID()
        let since = HealthCheck.windowStart(today)
        var records = PPGRecords()
        let meetings = try await PPGMeeting.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$heldOn >= since).all()
        let members = try await PPGMember.query(on: db).filter(\.$ppg.$id == ppgID).all()
        let coreIDs = Set(members.filter { $0.kind == .core }.map(\.savedID))
        let attendance =
            meetings.isEmpty
            ? [] : try await PPGAttendance.query(on: db).filter(\.$meeting.$id ~~ meetings.map(\.savedID)).all()
        let corePresent = Dictionary(grouping: attendance.filter { coreIDs.contains($0.$member.id) }, by: \.$meeting.id)
        records.meetings = meetings.map { meeting in
            .init(
                date: meeting.heldOn, kind: meeting.kind, corePresent: corePresent[meeting.savedID]?.count ?? 0,
                practiceStaffPresent: meeting.staffPresent > 0, pcnRepresentativePresent: meeting.pcnRepresentative)
        }
        records.actions = try await PPGAction.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$raisedOn >= since).all()
            .map { .init(raisedOn: $0.raisedOn, status: $0.status, answered: $0.answered) }
        let own = try await PPGImprovement.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$madeOn >= since).all()
        let practiceChanges = try await Recommendation.query(on: db).filter(\.$organisation.$id == ppg.$practice.id).all()
        records.improvements =
            own.map { .init(title: "We did: \($0.weDid)", implementedOn: $0.madeOn) }
            + practiceChanges.compactMap { change in
                guard [.implemented, .sustained].contains(change.status), let on = change.implementedOn else { return nil }
                return .init(title: change.text, implementedOn: on)
            }
        records.changesUnderWay = practiceChanges.filter { [.agreed, .inProgress].contains($0.status) }.count

        let current = members.filter { $0.isCurrent && $0.kind == .core }
        let answers = try await EqualityAnswers.query(on: db).filter(\.$person.$id ~~ current.map(\.$person.id)).all()
        let byPerson = Dictionary(answers.map { ($0.$person.id, $0) }, uniquingKeysWith: { first, _ in first })
        let population = try await latestPopulation(ppg.$practice.id, on: db)
        let ethnicity = try await PracticeEthnicity.query(on: db).filter(\.$practice.$id == ppg.$practice.id)
            .sort(\.$asOf, .descending).first()
        var comparison: [MemberComparison.Question] = []
        if let population {
            let people = current.map { byPerson[$0.$person.id] }
            comparison.append(
                MemberComparison.compare(
                    "Age", answers: people.map { $0?.ageBand }, population: population.comparableBands,
                    label: MemberComparison.ageLabel))
            comparison.append(
                MemberComparison.compare(
                    "Sex", answers: people.map { $0?.sex }, population: population.sexes, label: MemberComparison.sexLabel))
            if let ethnicity {
                comparison.append(
                    MemberComparison.compare(
                        "Ethnic group", answers: people.map { MemberComparison.broadEthnicGroup($0?.ethnicGroup) },
                        population: MemberComparison.broadEthnicPopulation(ethnicity.percentages),
                        label: { "People of \($0) background" }))
            }
        }
        records.likeness = MemberComparison.likeness(comparison, populationKnown: population != nil)
        let judgements = try await PPGHealthJudgement.query(on: db).filter(\.$ppg.$id == ppgID).sort(\.$judgedAt, .descending)
            .with(\.$judgedBy).all()
        var latest: [HealthCriterion: PPGHealthJudgement] = [:]
        for judgement in judgements where latest[judgement.criterion] == nil { latest[judgement.criterion] = judgement }
        return Evaluation(
            results: HealthCheck.evaluate(records, today: today), comparison: comparison, population: population,
            ethnicity: ethnicity, judgements: latest, coreMembers: current.count)
    }

    static func latestPopulation(_ practiceID: UUID, on db: any Database) async throws -> RegisteredPopulation? {
        try await RegisteredPopulation.query(on: db).filter(\.$practice.$id == practiceID).sort(\.$extractDate, .descending)
            .first()
    }

    /// Keeps the current quarter's result as the records now stand.
    @discardableResult
    static func refresh(_ ppg: PPG, today: Date = Date(), on db: any Database) async throws -> PPGHealthCheck {
        let evaluation = try await evaluate(ppg, today: today, on: db)
        return try await keep(evaluation, ppgID: ppg.requireID(), quarter: HealthCheck.quarter(of: today), on: db)
    }

    static func keep(_ evaluation: Evaluation, ppgID: UUID, quarter: String, on db: any Database) async throws -> PPGHealthCheck {
        let row =
            try await PPGHealthCheck.query(on: db).filter(\.$ppg.$id == ppgID).filter(\.$quarter == quarter).first()
            ?? PPGHealthCheck(ppgID: ppgID, quarter: quarter)
        row.outcomes = Dictionary(
            uniqueKeysWithValues: HealthCriterion.allCases.map { ($0.rawValue, evaluation.outcome($0).rawValue) })
        row.met = HealthCriterion.allCases.filter { evaluation.outcome($0) == .met }.count
        row.checkedAt = Date()
        try await row.save(on: db)
        return row
    }

    /// Refreshes the PPG of the practice whose records changed (a population import, a recommendation).
    static func refresh(practiceID: UUID, on db: any Database) async throws {
        if let ppg = try await PPG.query(on: db).filter(\.$practice.$id == practiceID).first() {
            try await refresh(ppg, on: db)
        }
    }
}
