import Fluent
import Foundation
import TandemCore

/// The rate card in force: the rates an admin entered, or until they confirm the card, the shipped
/// examples (`RateCard.examples`), which every page that shows them says are examples.
enum RateCards {
    static let defaultMaximumClaimAgeDays = 90

    struct Current: Sendable {
        let card: RateCard
        let maximumClaimAgeDays: Int
        let confirmedAt: Date?
        let confirmedBy: String?

        var isConfirmed: Bool { confirmedAt != nil }
    }

    /// The card for showing on a page, kept in `cache` (forgotten by `confirm` and `add`).
    static func shown(cache: Cache<String, Current>, on db: any Database) async throws -> Current {
        try await cache.value(for: "card") { try await current(on: db) }
    }

    static func current(on db: any Database) async throws -> Current {
        let settings = try await RecognitionSettings.query(on: db).with(\.$confirmedBy).first()
        let rates = try await PayRate.query(on: db).all()
        let mileage = try await MileageRate.query(on: db).all()
        let card =
            rates.isEmpty
            ? RateCard.examples
            : RateCard(
                rates: rates.map(\.rate),
                mileage: mileage.isEmpty ? RateCard.examples.mileage : mileage.map(\.mileage))
        return Current(
            card: card, maximumClaimAgeDays: settings?.maximumClaimAgeDays ?? defaultMaximumClaimAgeDays,
            confirmedAt: settings?.confirmedAt, confirmedBy: settings?.confirmedBy?.displayName)
    }

    /// Confirms the card as it stands: the examples are written as the card's own rates the first
    /// time, so later changes start from what was confirmed.
    static func confirm(
        by personID: UUID, maximumClaimAgeDays: Int, cache: Cache<String, Current>, on db: any Database
    ) async throws {
        defer { cache.invalidate("card") }
        let current = try await current(on: db)
        try await db.transaction { db in
            if try await PayRate.query(on: db).count() == 0 {
                for rate in current.card.rates { try await PayRate(rate).create(on: db) }
            }
            if try await MileageRate.query(on: db).count() == 0 {
                for rate in current.card.mileage { try await MileageRate(rate).create(on: db) }
            }
            let settings = try await RecognitionSettings.query(on: db).first() ?? RecognitionSettings(maximumClaimAgeDays: 0)
            settings.maximumClaimAgeDays = maximumClaimAgeDays
            settings.$confirmedBy.id = personID
            settings.confirmedAt = Date()
            try await settings.save(on: db)
        }
    }

    /// A new rate from a day; the rates before it stay for activities before that day. Adding a rate
    /// to the examples writes the examples first, so the card keeps its other rates.
    static func add(_ rate: RateCard.Rate, cache: Cache<String, Current>, on db: any Database) async throws {
        defer { cache.invalidate("card") }
        let current = try await current(on: db)
        try await db.transaction { db in
            if try await PayRate.query(on: db).count() == 0 {
                for example in current.card.rates where !(example.level == rate.level && example.from == rate.from) {
                    try await PayRate(example).create(on: db)
                }
            }
            if let same = try await PayRate.query(on: db).filter(\.$level == rate.level).filter(\.$appliesFrom == rate.from)
                .first()
            {
                try await same.delete(on: db)
            }
            try await PayRate(rate).create(on: db)
        }
    }
}
