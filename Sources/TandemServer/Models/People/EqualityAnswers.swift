import Fluent
import Foundation
import TandemCore

/// A person's equality monitoring answers, kept apart from their profile.
/// They exist only while the person's consent to keep them stands, and are
/// shown per person only to that person and to admins.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class EqualityAnswers: Model, EqualityFields, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "equality_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person

    @OptionalField(key: "age_band") var ageBand: String?
    @OptionalField(key: "sex") var sex: String?
    @OptionalField(key: "gender_identity") var genderIdentity: String?
    @OptionalField(key: "ethnic_group") var ethnicGroup: String?
    @OptionalField(key: "disability") var disability: String?
    @OptionalField(key: "carer") var carer: String?

    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(personID: UUID) { self.$person.id = personID }

}

extension EqualityAnswers: AuditedRecord {
    static let auditType = AuditRecordType.equalityAnswers
    var auditSubjectPersonID: UUID? { $person.id }
}
