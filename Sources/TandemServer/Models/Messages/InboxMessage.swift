import Fluent
import Foundation

/// A message to a person in their Tandem inbox, such as what their feedback changed.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class InboxMessage: Model, @unchecked Sendable {
    static let schema = "inbox_messages"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "person_id") var person: Person

    // data
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    /// A page the message is about, when the person may open it.
    @OptionalField(key: "link") var link: String?
    @OptionalField(key: "read_at") var readAt: Date?

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(personID: UUID, subject: String, body: String, link: String?) {
        self.$person.id = personID
        self.subject = subject
        self.body = body
        self.link = link
        self.createdAt = Date()
    }
}
