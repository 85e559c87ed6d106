import Fluent
import Foundation
import TandemCore

/// Joining and leaving a project's team: the one way team members are written,
/// each change audited (a person's involvement is personal data) and kept in
/// the project's history.
enum TeamMembership {
    @discardableResult
    static func join(
        _ personID: UUID, as role: ProjectRole, project: Project, by actor: AuditActor,
        on db: any Database
    ) async throws -> ProjectMember {
        let projectID = try project.requireID()
        let name = try await Person.find(personID, on: db)?.name ?? "Someone"
        let member = ProjectMember(projectID: projectID, personID: personID, role: role)
        try await member.save(.by(actor, label: "\(name) on \(project.title)", fields: ["role"]), on: db)
        return member
    }

    static func leave(_ member: ProjectMember, project: Project, by actor: AuditActor, on db: any Database) async throws {
        // The team page loads the member with their person; look them up only when it did not.
        var name = member.$person.value?.name
        if name == nil { name = try await Person.find(member.$person.id, on: db)?.name }
        try await member.delete(.by(actor, label: "\(name ?? "Someone") on \(project.title)"), on: db)
    }
}
