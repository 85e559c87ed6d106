import Fluent
import Foundation
import TandemCore

/// One of a person's involvement roles (patient partner, carer ...). A table
/// of its own so that "everyone who is a patient trainer" is a plain query.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class PersonRoleAssignment: Model, @unchecked Sendable {
    static let schema = "person_roles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: InvolvementRole

    init() {}

    init(personID: UUID, role: InvolvementRole) {
        self.$person.id = personID
        self.role = role
    }
}
