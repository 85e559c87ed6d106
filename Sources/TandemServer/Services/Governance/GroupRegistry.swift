import Fluent
import Foundation
import TandemCore

/// Who is on a group, its meetings as events with every member on the register, and the quorum at a meeting.
enum GroupRegistry {
    static func ref(_ group: GovernanceGroup, on db: any Database) async throws -> GroupRef {
        let serving = try await members(of: group.savedID, on: db)
        return GroupRef(
            id: group.savedID, members: Set(serving.map(\.$person.id)),
            chairs: Set(serving.filter { $0.role.chairs }.map(\.$person.id)))
    }

    /// Members serving today.
    static func members(of groupID: UUID, on db: any Database) async throws -> [GroupMember] {
        let today = Calendar.utc.startOfDay(for: Date())
        return try await GroupMember.query(on: db).filter(\.$group.$id == groupID).with(\.$person).all()
            .filter { $0.isServing(on: today) }
    }

    /// The groups a viewer may see: every one for coordinators, their own for others.
    static func groups(for viewer: Viewer, on db: any Database) async throws -> [GovernanceGroup] {
        if viewer.can(.manageGroups) { return try await GovernanceGroup.query(on: db).sort(\.$name).all() }
        let today = Calendar.utc.startOfDay(for: Date())
        let mine = try await GroupMember.query(on: db).filter(\.$person.$id == viewer.personID).all()
            .filter { $0.isServing(on: today) }.map(\.$group.id)
        return mine.isEmpty ? [] : try await GovernanceGroup.query(on: db).filter(\.$id ~~ mine).sort(\.$name).all()
    }

    /// A meeting: its event, with every member serving on its register (so attendance and check-in
    /// work as for any event).
    static func schedule(
        _ group: GovernanceGroup, start: Date, end: Date, venue: String, by actor: AuditActor, locks: EventLocks,
        on db: any Database
    ) async throws -> GroupMeeting {
        let event = Event(
            title: "\(group.name) meeting", summary: group.purpose, kind: .meeting, startsAt: start, endsAt: end,
            capacity: nil, audience: .namedGroup, createdByID: actor.personID, isDemo: group.isDemo)
        event.venue = venue
        event.status = .published
        let meeting = try await db.transaction { db in
            try await event.create(on: db)
            let meeting = GroupMeeting(groupID: group.savedID, eventID: event.savedID)
            try await meeting.create(on: db)
            return meeting
        }
        for member in try await members(of: group.savedID, on: db) {
            let details = Registrations.Details(
                name: member.person.name, email: try await TrainingRegistry.email(of: member.person, on: db),
                personID: member.$person.id)
            _ = try await Registrations.register(details, for: event.savedID, by: actor, locks: locks, on: db)
        }
        return meeting
    }

    /// Members who count towards quorum (not advisers) marked present at the meeting.
    static func presentCounting(_ meeting: GroupMeeting, on db: any Database) async throws -> Int {
        let counting = Set(try await members(of: meeting.$group.id, on: db).filter { $0.role.counts }.map(\.$person.id))
        let present = try await EventRegistration.query(on: db).filter(\.$event.$id == meeting.$event.id)
            .filter(\.$attendance == .present).all().compactMap(\.$person.id)
        return Set(present).intersection(counting).count
    }
}
