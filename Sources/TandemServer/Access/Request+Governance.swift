import Fluent
import TandemCore
import Vapor

extension Request {
    /// The group named by `:groupID` when the viewer may do `permission`: 404 unless they may see it
    /// (its members serving today, coordinators), then 403.
    func group(_ permission: (GroupRef) -> Permission) async throws -> (GovernanceGroup, GroupRef) {
        guard let group = try await GovernanceGroup.find(try id(.group), on: db) else { throw AppError.notFound }
        let ref = try await GroupRegistry.ref(group, on: db)
        try authorize(ref, permission)
        return (group, ref)
    }

    /// The meeting named by `:groupMeetingID`, with its group, on the group's rule.
    func groupMeeting(_ permission: (GroupRef) -> Permission) async throws -> (GroupMeeting, GovernanceGroup, GroupRef) {
        guard
            let meeting = try await GroupMeeting.query(on: db).filter(\.$id == (try id(.groupMeeting))).with(\.$group)
                .with(\.$event).first()
        else { throw AppError.notFound }
        let ref = try await GroupRegistry.ref(meeting.group, on: db)
        try authorize(ref, permission)
        return (meeting, meeting.group, ref)
    }

    private func authorize(_ ref: GroupRef, _ permission: (GroupRef) -> Permission) throws {
        let viewer = try requireUser().viewer
        guard AccessPolicy.allows(viewer, .viewGroup(ref)) else { throw AppError.notFound }
        guard AccessPolicy.allows(viewer, permission(ref)) else { throw AppError.forbidden }
    }
}
