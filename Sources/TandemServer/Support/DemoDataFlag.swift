import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Whether the database holds demo data, so every page can say so. Worked out
/// once and remembered; the demo command resets it when it loads data.
final class DemoDataFlag: Sendable {
    private let cached = NIOLockedValueBox<Bool?>(nil)

    func isPresent(on db: any Database) async -> Bool {
        if let known = cached.withLockedValue({ $0 }) { return known }
        let present = ((try? await Organisation.query(on: db).filter(\.$isDemo == true).count()) ?? 0) > 0
        cached.withLockedValue { $0 = present }
        return present
    }

    func reset() { cached.withLockedValue { $0 = nil } }
}

extension Application {
    private struct DemoDataKey: StorageKey { typealias Value = DemoDataFlag }

    var demoData: DemoDataFlag {
        if let flag = storage[DemoDataKey.self] { return flag }
        let flag = DemoDataFlag()
        storage[DemoDataKey.self] = flag
        return flag
    }
}
