import Foundation
import Synchronization

/// The one in-process cache: values kept for at most `lifetime` seconds (or
/// until invalidated when `lifetime` is nil), at most `capacity` of them (the
/// oldest stored goes first). Only values are cached, never a failure: `value(for:compute:)`
/// stores what `compute` returns and nothing when it throws. Held in this
/// process; the functions that write the underlying records invalidate it
/// (see `docs/ARCHITECTURE.md`, "Caches"), so agreement between several
/// servers can later be added in those places.
///
/// A missing value is worked out once: callers that ask for it meanwhile wait for that
/// work rather than each reading the database at the same moment (under load, every
/// expiry of a costly value had thirty requests work it out together). A value worked out
/// across an `invalidate` is handed to those waiting but not kept, as it may predate the write.
final class Cache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let storedAt: Date
    }

    /// What a caller of `value(for:compute:)` does next.
    private enum Next {
        case kept(Value)
        case work(generation: Int)
        case wait
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        /// Keys being worked out, with the callers waiting for them (nil tells a waiter to ask again).
        var pending: [Key: [CheckedContinuation<Value?, Never>]] = [:]
        /// Counts invalidations, so work that began before one is not kept.
        var generation = 0
    }

    let lifetime: TimeInterval?
    let capacity: Int
    private let state = Mutex(State())

    init(lifetime: TimeInterval?, capacity: Int) {
        precondition(capacity > 0, "A cache holds at least one value")
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value kept for `key`, unless it has expired.
    func value(_ key: Key, now: Date = Date()) -> Value? {
        state.withLock { fresh(key, now: now, in: &$0) }
    }

    func store(_ value: Value, for key: Key, now: Date = Date()) {
        state.withLock { store(value, for: key, now: now, in: &$0) }
    }

    /// The kept value, or `compute`'s, which is then kept. A thrown error is passed on and nothing is
    /// kept; those who were waiting for it then ask again.
    func value(for key: Key, now: Date = Date(), compute: () async throws -> Value) async throws -> Value {
        while true {
            let next: Next = state.withLock { state in
                if let kept = fresh(key, now: now, in: &state) { return .kept(kept) }
                if state.pending[key] != nil { return .wait }
                state.pending[key] = []
                return .work(generation: state.generation)
            }
            switch next {
            case .kept(let value):
                return value
            case .work(let generation):
                let value: Value
                do {
                    value = try await compute()
                } catch {
                    // Nothing is kept; those waiting ask again (one of them then works it out).
                    let waiting = state.withLock { $0.pending.removeValue(forKey: key) ?? [] }
                    for waiter in waiting { waiter.resume(returning: nil) }
                    throw error
                }
                let waiting = state.withLock { state in
                    if state.generation == generation { store(value, for: key, now: now, in: &state) }
                    return state.pending.removeValue(forKey: key) ?? []
                }
                for waiter in waiting { waiter.resume(returning: value) }
                return value
            case .wait:
                let value = await withCheckedContinuation { continuation in
                    let waits = state.withLock { state in
                        guard state.pending[key] != nil else { return false }
                        state.pending[key]!.append(continuation)
                        return true
                    }
                    // The work finished between looking and waiting: look again.
                    if !waits { continuation.resume(returning: nil) }
                }
                if let value { return value }
            }
        }
    }

    func invalidate(_ key: Key) {
        state.withLock {
            $0.entries.removeValue(forKey: key)
            $0.generation += 1
        }
    }

    func invalidate(where shouldGo: (Key) -> Bool) {
        state.withLock { state in
            state.entries = state.entries.filter { !shouldGo($0.key) }
            state.generation += 1
        }
    }

    func invalidateAll() {
        state.withLock {
            $0.entries.removeAll()
            $0.generation += 1
        }
    }

    var count: Int { state.withLock { $0.entries.count } }

    private func fresh(_ key: Key, now: Date, in state: inout State) -> Value? {
        guard let entry = state.entries[key] else { return nil }
        if let lifetime, now.timeIntervalSince(entry.storedAt) >= lifetime {
            state.entries[key] = nil
            return nil
        }
        return entry.value
    }

    private func store(_ value: Value, for key: Key, now: Date, in state: inout State) {
        if state.entries[key] == nil, state.entries.count >= capacity,
            let oldest = state.entries.min(by: { $0.value.storedAt < $1.value.storedAt })?.key
        {
            state.entries[oldest] = nil
        }
        state.entries[key] = Entry(value: value, storedAt: now)
    }
}
