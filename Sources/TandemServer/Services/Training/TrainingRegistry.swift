import Fluent
import Foundation
import TandemCore

/// Who a programme or cohort belongs to, as the access rules see it, and the programmes a viewer may list.
enum TrainingRegistry {
    static func ref(_ programme: TrainingProgramme, on db: any Database) async throws -> ProgrammeRef {
        let trainers = try await ProgrammeTrainer.query(on: db).filter(\.$programme.$id == programme.requireID()).all()
        return ProgrammeRef(
            id: try programme.requireID(), organisationID: programme.$organisation.id,
            trainers: Set(trainers.map(\.$person.id)))
    }

    static func ref(_ cohort: TrainingCohort, programme: TrainingProgramme, on db: any Database) async throws -> CohortRef {
        let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohort.requireID()).all().map(\.savedID)
        let members = teams.isEmpty ? [] : try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams).all()
        return CohortRef(
            id: try cohort.requireID(), programme: try await ref(programme, on: db), teamMembers: Set(members.map(\.$person.id)))
    }

    /// The programmes a viewer may see: coordinators every one; others those they train on,
    /// their organisation's, and those with a cohort they are on a team in.
    static func programmes(for viewer: Viewer, on db: any Database) async throws -> [TrainingProgramme] {
        let all = try await TrainingProgramme.query(on: db).sort(\.$name).all()
        if AccessPolicy.allows(viewer, .manageProgrammes) { return all }
        let training = Set(
            try await ProgrammeTrainer.query(on: db).filter(\.$person.$id == viewer.personID).all().map(\.$programme.id))
        let teamProgrammes = Set(try await cohortsOnTeams(viewer.personID, on: db).map(\.$programme.id))
        return all.filter {
            training.contains($0.savedID) || teamProgrammes.contains($0.savedID)
                || $0.$organisation.id == viewer.organisationID
        }
    }

    /// The cohorts someone is on a team in.
    static func cohortsOnTeams(_ personID: UUID, on db: any Database) async throws -> [TrainingCohort] {
        let teams = try await TrainingTeamMember.query(on: db).filter(\.$person.$id == personID).with(\.$team).all()
        let cohortIDs = Set(teams.map { $0.team.$cohort.id })
        return cohortIDs.isEmpty ? [] : try await TrainingCohort.query(on: db).filter(\.$id ~~ cohortIDs).all()
    }

    /// The address Tandem writes to for someone: their own, else their account's.
    static func email(of person: Person, on db: any Database) async throws -> String {
        if let email = person.email, !email.isEmpty { return email }
        return try await User.query(on: db).filter(\.$person.$id == person.requireID()).first()?.email ?? ""
    }
}
