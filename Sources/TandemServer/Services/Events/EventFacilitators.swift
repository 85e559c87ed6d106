import Fluent
import Foundation
import TandemCore

/// Who runs an event: found in Tandem by email address (an account's, or a person's own),
/// kept in the order given, the lead first.
enum EventFacilitators {
    struct Facilitator: Sendable {
        let name: String
        let email: String
        let isPartner: Bool
    }

    /// The people with these addresses, in order; or the addresses nobody in Tandem has.
    static func find(_ emails: [String], on db: any Database) async throws -> (people: [UUID], unknown: [String]) {
        guard !emails.isEmpty else { return ([], []) }
        var byEmail: [String: UUID] = [:]
        for user in try await User.query(on: db).filter(\.$email ~~ emails).all() {
            byEmail[user.email.lowercased()] = user.$person.id
        }
        for person in try await Person.query(on: db).filter(\.$email ~~ emails).all() {
            if let email = person.email?.lowercased(), byEmail[email] == nil { byEmail[email] = person.id }
        }
        let unknown = emails.filter { byEmail[$0] == nil }
        return (emails.compactMap { byEmail[$0] }, unknown)
    }

    /// The problem to show beside the field when some addresses are not found.
    static func problem(_ unknown: [String]) -> String {
        "No one in Tandem has the address \(unknown.joined(separator: ", ")). Check it, or add the person in People first."
    }

    static func replace(_ eventID: UUID, with people: [UUID], on db: any Database) async throws {
        try await EventFacilitator.query(on: db).filter(\.$event.$id == eventID).delete()
        for (position, personID) in people.enumerated() {
            try await EventFacilitator(eventID: eventID, personID: personID, position: position).create(on: db)
        }
    }

    /// Who runs it, lead first, and whether each is a patient partner.
    static func of(_ eventID: UUID, on db: any Database) async throws -> [Facilitator] {
        let rows = try await EventFacilitator.query(on: db).filter(\.$event.$id == eventID).sort(\.$position).with(\.$person)
            .all()
        let partners = Set(
            try await User.query(on: db).filter(\.$person.$id ~~ rows.map { $0.$person.id }).filter(\.$role == .partner).all()
                .map { $0.$person.id })
        return rows.map { row in
            Facilitator(name: row.person.displayName, email: row.person.email ?? "", isPartner: partners.contains(row.$person.id))
        }
    }
}
