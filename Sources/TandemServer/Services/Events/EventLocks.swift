import Foundation

/// Sign-ups and cancellations for one event run one at a time in this process, so the
/// embedded SQLite database never sees two writers race for the same row (PostgreSQL
/// serialises them across servers by its row lock: see `EventPlacesQuery`).
actor EventLocks {
    private var tails: [UUID: Task<Void, Never>] = [:]

    func run<T: Sendable>(_ eventID: UUID, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tails[eventID]
        let task = Task { () async throws -> T in
            await previous?.value
            return try await body()
        }
        let tail = Task { _ = try? await task.value }
        tails[eventID] = tail
        defer { if tails[eventID] == tail { tails[eventID] = nil } }
        return try await task.value
    }
}
