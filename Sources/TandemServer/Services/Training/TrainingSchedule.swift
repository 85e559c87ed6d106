import Fluent
import Foundation
import TandemCore

/// A cohort's sessions as events, and the people on its teams on each session's register, so
/// attendance is recorded once, on the events' registers, whether from the cohort's grid, the
/// event's own page or a check-in at the door.
enum TrainingSchedule {
    /// Schedules a curriculum session for a cohort: an event (a training session for a named group,
    /// open for registration) run by the session's trainers, with every current team member registered.
    static func schedule(
        _ session: CurriculumSession, cohort: TrainingCohort, programme: TrainingProgramme, start: Date, end: Date,
        venue: String?, joiningLink: String?, by actor: AuditActor, locks: EventLocks, on db: any Database
    ) async throws -> CohortSession {
        let event = Event(
            title: "\(programme.name): \(session.title)", summary: session.outcomes.isEmpty ? session.title : session.outcomes,
            kind: .trainingSession, startsAt: start, endsAt: end, capacity: nil, audience: .namedGroup,
            createdByID: actor.personID, isDemo: cohort.isDemo)
        event.$organisation.id = programme.$organisation.id
        event.venue = venue
        event.joiningLink = joiningLink
        event.status = .published
        event.details = "Session \(session.position + 1) of \(cohort.name)."
        let cohortSession = try await db.transaction { db in
            try await event.create(on: db)
            try await EventFacilitators.replace(event.savedID, with: session.trainers, on: db)
            let cohortSession = CohortSession(
                cohortID: try cohort.requireID(), curriculumSessionID: try session.requireID(), eventID: event.savedID)
            try await cohortSession.create(on: db)
            return cohortSession
        }
        for member in try await members(of: cohort, on: db) {
            try await register(member, on: event.savedID, by: actor, locks: locks, db: db)
        }
        return cohortSession
    }

    /// Adds someone to a team and registers them on the cohort's sessions already scheduled.
    static func enrol(
        _ person: Person, kind: TeamMemberKind, team: TrainingTeam, by actor: AuditActor, locks: EventLocks,
        on db: any Database
    ) async throws {
        let member = TrainingTeamMember(teamID: try team.requireID(), personID: try person.requireID(), kind: kind)
        try await member.save(.by(actor, label: "\(person.name) on \(team.name)", fields: ["kind"]), on: db)
        let sessions = try await CohortSession.query(on: db).filter(\.$cohort.$id == team.$cohort.id).all()
        for session in sessions {
            try await register(person, on: session.$event.id, by: actor, locks: locks, db: db)
        }
    }

    /// The people on a cohort's teams.
    static func members(of cohort: TrainingCohort, on db: any Database) async throws -> [Person] {
        let teams = try await TrainingTeam.query(on: db).filter(\.$cohort.$id == cohort.requireID()).all().map(\.savedID)
        guard !teams.isEmpty else { return [] }
        let members = try await TrainingTeamMember.query(on: db).filter(\.$team.$id ~~ teams).with(\.$person).all()
        var seen = Set<UUID>()
        return members.map(\.person).filter { seen.insert($0.savedID).inserted }
    }

    private static func register(
        _ person: Person, on eventID: UUID, by actor: AuditActor, locks: EventLocks, db: any Database
    ) async throws {
        let already = try await EventRegistration.query(on: db).filter(\.$event.$id == eventID)
            .filter(\.$person.$id == person.requireID()).filter(\.$status != .cancelled).count()
        guard already == 0 else { return }
        let details = Registrations.Details(
            name: person.name, email: try await TrainingRegistry.email(of: person, on: db), personID: try person.requireID())
        _ = try await Registrations.register(details, for: eventID, by: actor, locks: locks, on: db)
    }
}
