import Foundation
import Synchronization

/// The one in-process cache: values kept for at most `lifetime` seconds (or
/// until invalidated when `lifetime` is nil), at most `capacity` of them (the
/// oldest stored goes first). Only values are cached, never a failure: `value(for:compute:)`
/// stores what `compute` returns and nothing when it throws. Held in this
/// process; the functions that write the underlying records invalidate it
/// (see `docs/ARCHITECTURE.md`, "Caches"), so agreement between several
/// servers can later be added in those places.
final class Cache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let storedAt: Date
    }

    let lifetime: TimeInterval?
    let capacity: Int
    private let entries = Mutex<[Key: Entry]>([:])

    init(lifetime: TimeInterval?, capacity: Int) {
        precondition(capacity > 0, "A cache holds at least one value")
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The value kept for `key`, unless it has expired.
    func value(_ key: Key, now: Date = Date()) -> Value? {
        entries.withLock { all in
            guard let entry = all[key] else { return nil }
            if let lifetime, now.timeIntervalSince(entry.storedAt) >= lifetime {
                all[key] = nil
                return nil
            }
            return entry.value
        }
    }

    func store(_ value: Value, for key: Key, now: Date = Date()) {
        entries.withLock { all in
            if all[key] == nil, all.count >= capacity, let oldest = all.min(by: { $0.value.storedAt < $1.value.storedAt })?.key {
                all[oldest] = nil
            }
            all[key] = Entry(value: value, storedAt: now)
        }
    }

    /// The kept value, or `compute`'s, which is then kept. A thrown error is passed on and nothing is kept.
    func value(for key: Key, now: Date = Date(), compute: () async throws -> Value) async throws -> Value {
        if let cached = value(key, now: now) { return cached }
        let value = try await compute()
        store(value, for: key, now: now)
        return value
    }

    func invalidate(_ key: Key) {
        _ = entries.withLock { $0.removeValue(forKey: key) }
    }

    func invalidate(where shouldGo: (Key) -> Bool) {
        entries.withLock { all in all = all.filter { !shouldGo($0.key) } }
    }

    func invalidateAll() {
        entries.withLock { $0.removeAll() }
    }

    var count: Int { entries.withLock { $0.count } }
}
