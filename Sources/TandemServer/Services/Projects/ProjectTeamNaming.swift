import Fluent
import Foundation
import TandemCore

/// Who on a project's team may be named in what Tandem publishes or reports. Staff are
/// named; a patient or carer partner only with their consent to being named, otherwise
/// by their role, in the team list and in every piece of free text alike (`NamingConsent`).
struct ProjectTeamNaming: Sendable {
    let members: [ProjectMember]
    let named: Set<UUID>

    static func load(_ projectID: UUID, on db: any Database) async throws -> ProjectTeamNaming {
        let members = try await ProjectMember.query(on: db).filter(\.$project.$id == projectID).with(\.$person).all()
        let named = Set(
            try await ConsentRecord.query(on: db).filter(\.$person.$id ~~ members.map(\.$person.id))
                .filter(\.$purpose == ConsentPurpose.quotesNamed).filter(\.$withdrawnAt == nil).all(\.$person.$id))
        return ProjectTeamNaming(members: members, named: named)
    }

    func mayBeNamed(_ member: ProjectMember) -> Bool { !member.role.bringsLivedExperience || named.contains(member.$person.id) }

    /// How the member appears in the team list.
    func teamListEntry(_ member: ProjectMember) -> String {
        mayBeNamed(member)
            ? "\(member.person.displayName), \(member.role.label.lowercased())" : "A \(member.role.label.lowercased())"
    }

    /// The rule for free text: every partner who may not be named, replaced by their role.
    var freeText: NamingConsent {
        NamingConsent(
            members.filter { !mayBeNamed($0) }.map {
                .init(
                    name: $0.person.name, preferredName: $0.person.preferredName, description: "a \($0.role.label.lowercased())")
            })
    }
}
