import Fluent
import Foundation
import TandemCore
@testable import TandemServer
import Testing
import VaporTesting

@Suite("Event places: never over capacity, the waiting list promoted in order")
struct EventRegistrationTests {
    func publishedEvent(capacity: Int?, on db: any Database) async throws -> Event {
        let start = Date().addingTimeInterval(10 * 86_400)
        let event = Event(
            title: "PPG workshop", summary: "Getting your PPG going", kind: .workshop, startsAt: start,
            endsAt: start.addingTimeInterval(7_200), capacity: capacity, audience: .public, createdByID: nil)
        event.status = .published
        try await event.create(on: db)
        return event
    }

    static let visitor = AuditActor(personID: nil, label: "Someone registering on the public page")

    @Test func fiftyConcurrentSignUpsForTwentyPlacesGiveTwentyPlacesAndThirtyWaiting() async throws {
        try await withTandem { app in
            let event = try await publishedEvent(capacity: 20, on: app.db)
            let eventID = event.id!
            let locks = app.services.eventLocks
            let db = app.db
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...50 {
                    group.addTask {
                        _ = try await Registrations.register(
                            .init(name: "Person \(number)", email: "person\(number)@example.org"), for: eventID,
                            by: Self.visitor, locks: locks, on: db)
                    }
                }
                try await group.waitForAll()
            }
            let all = try await EventRegistration.query(on: db).filter(\.$event.$id == eventID).all()
            #expect(all.filter { $0.status == .confirmed }.count == 20)
            #expect(all.filter { $0.status == .waiting }.count == 30)
            #expect(Set(all.map(\.position)) == Set(1...50), "no duplicate positions")
            // The first twenty to join have the places.
            #expect(all.filter { $0.status == .confirmed }.map(\.position).max() == 20)
            let counted = try #require(try await Event.find(eventID, on: db))
            #expect(counted.placesTaken == 20 && counted.lastPosition == 50)
        }
    }

    @Test func aCancelledPlaceGoesToTheFirstWaitingInTheSameTransaction() async throws {
        try await withTandem { app in
            let event = try await publishedEvent(capacity: 2, on: app.db)
            let locks = app.services.eventLocks
            var made: [Registrations.Made] = []
            for name in ["Ana", "Ben", "Chloe", "Dev"] {
                made.append(
                    try await Registrations.register(
                        .init(name: name, email: "\(name.lowercased())@example.org"), for: event.id!, by: Self.visitor,
                        locks: locks, on: app.db))
            }
            #expect(made.map(\.registration.status) == [.confirmed, .confirmed, .waiting, .waiting])
            // Ben cancels by his link; Chloe, first on the list, gets his place.
            let ben = try #require(try await Registrations.find(token: made[1].cancelToken, on: app.db))
            let promoted = try await Registrations.cancel(ben, by: Self.visitor, locks: locks, on: app.db)
            #expect(promoted.map(\.name) == ["Chloe"])
            let statuses = Dictionary(
                try await EventRegistration.query(on: app.db).all().map { ($0.name, $0.status) }, uniquingKeysWith: { a, _ in a })
            #expect(statuses == ["Ana": .confirmed, "Ben": .cancelled, "Chloe": .confirmed, "Dev": .waiting])
            // Cancelling a place on the waiting list promotes nobody; a second cancel does nothing.
            let dev = try #require(try await Registrations.find(token: made[3].cancelToken, on: app.db))
            #expect(try await Registrations.cancel(dev, by: Self.visitor, locks: locks, on: app.db).isEmpty)
            #expect(try await Registrations.cancel(ben, by: Self.visitor, locks: locks, on: app.db).isEmpty)
            #expect(try await Event.find(event.id!, on: app.db)?.placesTaken == 2)
            // Tokens are kept only as hashes, and each registration is in the audit log.
            #expect(try await Registrations.find(token: "not-a-token", on: app.db) == nil)
            #expect(!made[0].registration.cancelTokenHash.contains(made[0].cancelToken))
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == AuditRecordType.eventRegistration.rawValue).count()
                    == 4 + 1 + 1 + 1)
        }
    }

    @Test func aDraftOrCancelledEventTakesNoSignUps() async throws {
        try await withTandem { app in
            let event = try await publishedEvent(capacity: nil, on: app.db)
            event.status = .draft
            try await event.save(on: app.db)
            await #expect(throws: RegistrationError.notOpen) {
                try await Registrations.register(
                    .init(name: "Ana", email: "ana@example.org"), for: event.id!, by: Self.visitor,
                    locks: app.services.eventLocks, on: app.db)
            }
        }
    }
}
