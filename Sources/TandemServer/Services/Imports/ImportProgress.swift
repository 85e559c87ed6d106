import Foundation
import Vapor

/// How far each running check or import has got, for the progress page.
/// Held in this process: a job running on another Tandem server shows as
/// running without numbers.
actor ImportProgress {
    struct Entry: Sendable, Codable {
        var phase: String
        var processed: Int
        var total: Int?
    }

    private var entries: [UUID: Entry] = [:]
    private var tasks: [UUID: Task<Void, Never>] = [:]

    func update(_ id: UUID, phase: String, processed: Int, total: Int?) {
        entries[id] = Entry(phase: phase, processed: processed, total: total)
    }

    func entry(_ id: UUID) -> Entry? { entries[id] }

    func isRunning(_ id: UUID) -> Bool { tasks[id] != nil }

    /// Runs `work` in the background for a job, one piece of work per job at a time.
    func start(_ id: UUID, _ work: @escaping @Sendable () async -> Void) -> Bool {
        guard tasks[id] == nil else { return false }
        tasks[id] = Task { [weak self] in
            await work()
            await self?.finish(id)
        }
        return true
    }

    private func finish(_ id: UUID) {
        tasks[id] = nil
        entries[id] = nil
    }

    /// Waits for every running job (tests, and a clean shutdown).
    func waitForAll() async {
        while let task = tasks.values.first { await task.value }
    }

    func cancelAll() async {
        for task in tasks.values { task.cancel() }
        await waitForAll()
    }
}
