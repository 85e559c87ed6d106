import Fluent
import Foundation

/// Tells a person something: a message in their Tandem inbox, and the same
/// words as an email in the outbox when Tandem has their address.
enum PersonMessage {
    static func send(to person: Person, subject: String, body: String, link: String?, on db: any Database) async throws {
        let personID = try person.requireID()
        try await InboxMessage(personID: personID, subject: subject, body: body, link: link).create(on: db)
        if let email = person.email, !email.isEmpty {
            try await OutboxEmail(personID: personID, to: email, subject: subject, body: body).create(on: db)
        }
    }
}
