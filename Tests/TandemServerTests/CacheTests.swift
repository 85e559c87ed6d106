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

    /// Counts how often a value was worked out, from any task.
    actor Counter {
        var count = 0
        func add() { count += 1 }
    }

    @Test func aMissingValueIsWorkedOutOnceWhileOthersWaitForIt() async throws {
        let cache = Cache<String, Int>(lifetime: nil, capacity: 4)
        let counter = Counter()
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<40 {
                group.addTask {
                    try await cache.value(for: "slow") {
                        await counter.add()
                        try await Task.sleep(for: .milliseconds(100))
                        return 7
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values.count == 40 && values.allSatisfy { $0 == 7 })
        #expect(await counter.count == 1)
    }

    @Test func thoseWaitingForWorkThatFailsAskAgainAndTheFailureIsNotKept() async throws {
        let cache = Cache<String, Int>(lifetime: nil, capacity: 4)
        let counter = Counter()
        let results = await withTaskGroup(of: Int?.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    try? await cache.value(for: "flaky") {
                        await counter.add()
                        try await Task.sleep(for: .milliseconds(50))
                        // Only the first to work it out fails.
                        if await counter.count == 1 { throw Failure() }
                        return 3
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 == nil }.count == 1 && results.filter { $0 == 3 }.count == 9)
        #expect(await counter.count == 2)
        #expect(cache.value("flaky") == 3)
    }

    @Test func aValueWorkedOutAcrossAnInvalidationIsNotKept() async throws {
        let cache = Cache<String, Int>(lifetime: nil, capacity: 4)
        let value = try await cache.value(for: "list") {
            cache.invalidate("list")  // a write lands while the old list is being read
            return 1
        }
        #expect(value == 1 && cache.value("list") == nil)
        #expect(try await cache.value(for: "list") { 2 } == 2 && cache.value("list") == 2)
    }
}
