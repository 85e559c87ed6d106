import Fluent
import Foundation

/// A person belongs to an organisation (works there, or is a member of its PPG ...).
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class PersonOrganisation: Model, @unchecked Sendable {
    static let schema = "person_organisations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Parent(key: "organisation_id") var organisation: Organisation

    init() {}

    init(personID: UUID, organisationID: UUID) {
        self.$person.id = personID
        self.$organisation.id = organisationID
    }
}
