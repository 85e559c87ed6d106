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
