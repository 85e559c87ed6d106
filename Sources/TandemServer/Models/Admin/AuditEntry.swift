import Fluent
import Foundation

/// One change to personal or organisational data: who, when, which record and
/// which fields. Values are not copied here; the log says what changed, not
/// what it changed to, so it holds no more personal data than it must.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?

    /// The person who made the change; empty for changes made from the command line.
    @OptionalParent(key: "actor_person_id") var actor: Person?
    /// The person the record is about, when there is one, so a person's history can be found.
    @OptionalField(key: "subject_person_id") var subjectPersonID: UUID?

    @Field(key: "actor_label") var actorLabel: String
    @Field(key: "action") var action: String
    @Field(key: "record_type") var recordType: String
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "record_label") var recordLabel: String
    @Field(key: "fields") var fields: [String]
    @Field(key: "at") var at: Date

    init() {}

    init(
        actorPersonID: UUID?, actorLabel: String, action: String, recordType: String, recordID: UUID,
        recordLabel: String, fields: [String], subjectPersonID: UUID?, at: Date = Date()
    ) {
        self.$actor.id = actorPersonID
        self.actorLabel = actorLabel
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.recordLabel = recordLabel
        self.fields = fields
        self.subjectPersonID = subjectPersonID
        self.at = at
    }
}
