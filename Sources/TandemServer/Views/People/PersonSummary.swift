import Foundation
import TandemCore

/// A person as lists and pages show them.
struct PersonSummary: Sendable {
    let id: UUID
    let name: String
    let preferredName: String?
    let pronouns: String?
    let email: String?
    let phone: String?
    let postcodeDistrict: String?
    let roles: [InvolvementRole]
    let organisationNames: [String]
    let livedExperience: [String]
    let skills: [String]
    let accessNeeds: [String]
    let isDemo: Bool

    init(_ person: Person) {
        id = person.savedID
        name = person.name
        preferredName = person.preferredName
        pronouns = person.pronouns
        email = person.email
        phone = person.phone
        postcodeDistrict = person.postcodeDistrict
        roles = (person.$roleAssignments.value ?? []).map(\.role).sorted { $0.label < $1.label }
        organisationNames = (person.$organisations.value ?? []).map(\.name).sorted()
        livedExperience = person.livedExperience
        skills = person.skills
        accessNeeds = person.accessNeedLabels
        isDemo = person.isDemo
    }

    var displayName: String { PersonName.display(name: name, preferred: preferredName) }
    var href: String { SiteURL.person(.value(id)).path }
}

/// A sign-in account, as an admin sees it on a person's page.
struct AccountSummary: Sendable {
    let id: UUID
    let email: String
    let role: AccountRole
    let organisationName: String?
    let isActive: Bool
    let lastSignedInAt: Date?

    init(_ user: User) {
        id = user.savedID
        email = user.email
        role = user.role
        organisationName = user.$organisation.value??.name
        isActive = user.isActive
        lastSignedInAt = user.lastSignedInAt
    }
}
