import Fluent
import Foundation
import TandemCore

/// Someone on a public page asks to be told something (what a survey changed, future
/// events): the person with that address, or a new person with only the address (and
/// a name if given), gets a "contact me" consent saying where it was given, unless they
/// already have one. Signed-in people are recorded as themselves.
enum ContactConsent {
    enum Who: Sendable, Equatable {
        case person(UUID)
        case address(String, name: String?)
    }

    /// The name kept for someone who gave no name.
    static let unnamed = "Survey respondent"

    /// Who made the change when someone on a public page is not signed in.
    static let publicForm = AuditActor(personID: nil, label: "Someone on a public page")

    /// Records the consent (once); returns the person's id.
    static func record(_ who: Who, howGiven: String, on db: any Database) async throws -> UUID? {
        let person: Person
        let actor: AuditActor
        switch who {
        case .person(let id):
            guard let found = try await Person.find(id, on: db) else { return nil }
            (person, actor) = (found, AuditActor(personID: id, label: found.name))
        case .address(let email, let name):
            actor = publicForm
            if let found = try await Person.query(on: db).filter(\.$email == email).first() {
                person = found
            } else {
                person = Person(name: name ?? unnamed, email: email)
                try await person.save(.by(actor, label: person.name, fields: ["name", "email"], as: .created), on: db)
            }
        }
        let personID = try person.requireID()
        let alreadyAgreed =
            try await ConsentRecord.query(on: db).filter(\.$person.$id == personID)
            .filter(\.$purpose == ConsentPurpose.contact).filter(\.$withdrawnAt == nil).count() > 0
        if !alreadyAgreed {
            let consent = ConsentRecord(
                personID: personID, purpose: .contact, howGiven: howGiven, givenAt: Date(), recordedByID: actor.personID)
            try await consent.save(
                .by(actor, label: person.name, fields: [ConsentPurpose.contact.rawValue], as: .consentGiven), on: db)
        }
        return personID
    }
}
