import Fluent
import Foundation
import TandemCore

/// Each person's payment choice: the latest record is in force; earlier ones stay with their dates.
enum PaymentChoices {
    static func current(_ personID: UUID, on db: any Database) async throws -> PaymentChoiceRecord? {
        try await PaymentChoiceRecord.query(on: db).filter(\.$person.$id == personID).sort(\.$chosenAt, .descending).first()
    }

    static func history(_ personID: UUID, on db: any Database) async throws -> [PaymentChoiceRecord] {
        try await PaymentChoiceRecord.query(on: db).filter(\.$person.$id == personID).sort(\.$chosenAt, .descending).all()
    }

    /// The latest choice of each of these people.
    static func current(of people: Set<UUID>, on db: any Database) async throws -> [UUID: PaymentChoiceRecord] {
        guard !people.isEmpty else { return [:] }
        let all = try await PaymentChoiceRecord.query(on: db).filter(\.$person.$id ~~ Array(people))
            .sort(\.$chosenAt, .ascending).all()
        return Dictionary(all.map { ($0.$person.id, $0) }, uniquingKeysWith: { _, later in later })
    }
}
