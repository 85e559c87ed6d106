import Foundation
@testable import TandemServer
import Testing

@Suite("The one cache")
struct CacheTests {
    struct Failure: Error {}

    @Test func valuesExpireAfterTheirLifetime() {
        let cache = Cache<String, Int>(lifetime: 10, capacity: 4)
        let start = Date(timeIntervalSince1970: 1_000)
        cache.store(1, for: "a", now: start)
        #expect(cache.value("a", now: start.addingTimeInterval(9.9)) == 1)
        #expect(cache.value("a", now: start.addingTimeInterval(10)) == nil)
        #expect(cache.count == 0)
    }

    @Test func theOldestStoredGoesFirstWhenFull() {
        let cache = Cache<Int, Int>(lifetime: nil, capacity: 2)
        let start = Date(timeIntervalSince1970: 1_000)
        cache.store(1, for: 1, now: start)
        cache.store(2, for: 2, now: start.addingTimeInterval(1))
        cache.store(3, for: 3, now: start.addingTimeInterval(2))
        #expect(cache.value(1) == nil && cache.value(2) == 2 && cache.value(3) == 3)
        // Replacing a kept value does not push another out.
        cache.store(20, for: 2, now: start.addingTimeInterval(3))
        #expect(cache.value(3) == 3 && cache.value(2) == 20)
    }

    @Test func aFailureIsNeverKept() async throws {
        let cache = Cache<String, Bool>(lifetime: nil, capacity: 1)
        await #expect(throws: Failure.self) { try await cache.value(for: "demo") { throw Failure() } }
        #expect(cache.value("demo") == nil)
        #expect(try await cache.value(for: "demo") { true })
        // Kept now: compute is not asked again.
        #expect(try await cache.value(for: "demo") { throw Failure() })
    }

    @Test func invalidatingForgetsOnlyWhatItNames() {
        let cache = Cache<String, Int>(lifetime: nil, capacity: 8)
        for (index, key) in ["a1", "a2", "b1"].enumerated() { cache.store(index, for: key) }
        cache.invalidate("a1")
        #expect(cache.value("a1") == nil && cache.value("a2") == 1)
        cache.invalidate { $0.hasPrefix("a") }
        #expect(cache.value("a2") == nil && cache.value("b1") == 2)
        cache.invalidateAll()
        #expect(cache.count == 0)
    }
}
