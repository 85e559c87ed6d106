import Fluent
import Foundation

/// An email waiting to go, or gone. Delivered through the configured
/// `sendmail`-compatible command; kept either way so admins can see what was sent.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class OutboxEmail: Model, @unchecked Sendable {
    static let schema = "outbox_emails"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @OptionalParent(key: "person_id") var person: Person?

    // data
    @Field(key: "to_address") var toAddress: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "status") var status: OutboxStatus
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    /// One file sent with the email, such as an event's `.ics`: its name, type and text.
    @OptionalField(key: "attachment_name") var attachmentName: String?
    @OptionalField(key: "attachment_type") var attachmentType: String?
    @OptionalField(key: "attachment_body") var attachmentBody: String?

    // timestamps
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(personID: UUID?, to: String, subject: String, body: String) {
        self.$person.id = personID
        self.toAddress = to
        self.subject = subject
        self.body = body
        self.status = OutboxStatus.queued
        self.attempts = 0
        self.createdAt = Date()
    }
}

enum OutboxStatus: String, Codable, Sendable {
    /// Waiting for delivery (or for a mail command to be configured).
    case queued
    case sent
    /// Gave up after repeated failures; the last error is kept.
    case failed

    var label: String {
        switch self {
        case .queued: "Waiting to be sent"
        case .sent: "Sent"
        case .failed: "Could not be sent"
        }
    }
}
