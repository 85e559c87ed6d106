import Fluent
import Foundation
import TandemCore

/// A reminder that has gone: what it was about and for which due date, so each is sent once.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ReminderSent: Model, @unchecked Sendable {
    static let schema = "reminders_sent"

    enum Subject: String, Codable, Sendable {
        case recommendation, milestone
    }

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "person_id") var person: Person

    // data
    @Field(key: "subject") var subject: Subject
    @Field(key: "record_id") var recordID: UUID
    @Field(key: "kind") var kind: ReminderKind
    @Field(key: "due_on") var dueOn: Date

    // timestamps
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(personID: UUID, subject: Subject, recordID: UUID, kind: ReminderKind, dueOn: Date) {
        self.$person.id = personID
        self.subject = subject
        self.recordID = recordID
        self.kind = kind
        self.dueOn = dueOn
        self.sentAt = Date()
    }
}
