import Fluent
import Foundation
import TandemCore

/// A sign-in account. Every account belongs to a person; not every person has one.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class User: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "users"

    @ID(key: .id) var id: UUID?

    @Parent(key: "person_id") var person: Person
    /// The organisation a staff account works for; it limits what they see.
    @OptionalParent(key: "organisation_id") var organisation: Organisation?

    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: AccountRole
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "last_signed_in_at") var lastSignedInAt: Date?

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(personID: UUID, email: String, passwordHash: String, role: AccountRole, organisationID: UUID?) {
        self.$person.id = personID
        self.email = email
        self.passwordHash = passwordHash
        self.role = role
        self.$organisation.id = organisationID
        self.isActive = true
    }
}

extension User: AuditedRecord {
    static let auditType = AuditRecordType.user
    var auditSubjectPersonID: UUID? { $person.id }
}
