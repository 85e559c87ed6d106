import Fluent
import Foundation
import TandemCore

/// One time a person gave consent for a purpose, and when (if ever) they withdrew it.
/// Records are never edited away: together they are the consent history.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ConsentRecord: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "consent_records"

    @ID(key: .id) var id: UUID?

    @Parent(key: "person_id") var person: Person
    /// Who recorded it: the person themselves, or a coordinator on their behalf.
    @OptionalParent(key: "recorded_by_id") var recordedBy: Person?
    @OptionalParent(key: "withdrawn_recorded_by_id") var withdrawalRecordedBy: Person?

    @Field(key: "purpose") var purpose: ConsentPurpose
    @Field(key: "how_given") var howGiven: String
    @Field(key: "given_at") var givenAt: Date
    @OptionalField(key: "withdrawn_at") var withdrawnAt: Date?

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(personID: UUID, purpose: ConsentPurpose, howGiven: String, givenAt: Date, recordedByID: UUID?) {
        self.$person.id = personID
        self.purpose = purpose
        self.howGiven = howGiven
        self.givenAt = givenAt
        self.$recordedBy.id = recordedByID
    }
    var isActive: Bool { withdrawnAt == nil }
}

extension ConsentRecord: AuditedRecord {
    static let auditType = AuditRecordType.consent
    var auditSubjectPersonID: UUID? { $person.id }
}
