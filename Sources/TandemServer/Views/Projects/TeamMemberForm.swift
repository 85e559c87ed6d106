import Fluent
import Foundation
import TandemCore
import Vapor

/// Someone joining the project team, as chosen on the team page: the person and their role.
struct TeamMemberForm: Content, Sendable {
    var person: String?
    var role: String?

    struct Valid: Sendable {
        let person: Person
        let role: ProjectRole
    }

    /// - Parameter team: who is on the team already.
    func validate(team: Set<UUID>, on db: any Database) async throws -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        var chosen: Person?
        if let raw = person.nonBlank, let id = UUID(uuidString: raw), let found = try await Person.find(id, on: db) {
            if team.contains(id) { errors.add("person", "\(found.displayName) is already on the team") } else { chosen = found }
        } else {
            errors.add("person", "Select the person to add")
        }
        let role = errors.check(
            FieldRules.choice(role, as: ProjectRole.self, missing: "Select their role in the project"), "role")
        return errors.result {
            guard let chosen, let role else { return nil }
            return Valid(person: chosen, role: role)
        }
    }
}
