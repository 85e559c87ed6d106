import Fluent
import Foundation
import TandemCore

/// Anyone Tandem knows about: patient partners, carers, volunteers and staff.
/// Patient partners are members of teams, not data subjects; the profile
/// holds what they choose to share so that teams can work well with them.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Person: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "people"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Children(for: \.$person) var roleAssignments: [PersonRoleAssignment]
    @Siblings(through: PersonOrganisation.self, from: \.$person, to: \.$organisation)
    var organisations: [Organisation]

    // data
    @Field(key: "name") var name: String
    @OptionalField(key: "preferred_name") var preferredName: String?
    @OptionalField(key: "pronouns") var pronouns: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "postcode_district") var postcodeDistrict: String?
    @Field(key: "lived_experience") var livedExperience: [String]
    @Field(key: "skills") var skills: [String]
    @Field(key: "access_needs") var accessNeeds: [String]
    @OptionalField(key: "access_needs_other") var accessNeedsOther: String?
    @Field(key: "search_text") var searchText: String
    @Field(key: "is_demo") var isDemo: Bool

    // timestamps
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        name: String, preferredName: String? = nil, pronouns: String? = nil, email: String? = nil,
        phone: String? = nil, postcodeDistrict: String? = nil, livedExperience: [String] = [],
        skills: [String] = [], accessNeeds: [String] = [], accessNeedsOther: String? = nil, isDemo: Bool = false
    ) {
        self.name = name
        self.preferredName = preferredName
        self.pronouns = pronouns
        self.email = email
        self.phone = phone
        self.postcodeDistrict = postcodeDistrict
        self.livedExperience = livedExperience
        self.skills = skills
        self.accessNeeds = accessNeeds
        self.accessNeedsOther = accessNeedsOther
        self.isDemo = isDemo
        self.searchText = ""
        refreshSearchText()
    }

    /// The name to use when speaking to or about someone.
    var displayName: String { PersonName.display(name: name, preferred: preferredName) }

    /// The name to show for an optional reference to a person (a contributor, a storyteller ...).
    static func displayName(of id: UUID?, on db: any Database) async throws -> String? {
        guard let id else { return nil }
        return try await find(id, on: db)?.displayName
    }

    var accessNeedLabels: [String] { Self.accessNeedLabels(accessNeeds, other: accessNeedsOther) }

    /// Access needs in words: the listed ones' labels, then what the person wrote themselves.
    static func accessNeedLabels(_ needs: [String], other: String?) -> [String] {
        needs.compactMap { AccessNeed(rawValue: $0)?.label } + [other].compactMap { $0 }
    }

    func refreshSearchText() {
        searchText = [name, preferredName ?? "", email ?? ""].joined(separator: " ").lowercased()
    }
}

extension Person: AuditedRecord {
    static let auditType = AuditRecordType.person
    var auditSubjectPersonID: UUID? { id }
}
