import Fluent
import Vapor

/// Whether the database holds demo data, so every page can say so. Worked out
/// once and kept; the demo command forgets it when it loads data. A failed
/// look-up is not kept: the next page asks again.
final class DemoDataFlag: Sendable {
    private let known = Cache<Bool, Bool>(lifetime: nil, capacity: 1)

    func isPresent(on db: any Database) async -> Bool {
        (try? await known.value(for: true) { try await Organisation.query(on: db).filter(\.$isDemo == true).count() > 0 })
            ?? false
    }

    func reset() { known.invalidateAll() }
}
