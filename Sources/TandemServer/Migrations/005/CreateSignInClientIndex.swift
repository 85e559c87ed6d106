import Fluent
import SQLKit

/// Sign-in attempts are counted per client address too (`LoginThrottle`), and
/// swept by age.
struct CreateSignInClientIndex: AsyncMigration {
    var name: String { "005_CreateSignInClientIndex" }

    static let indexes: [TableIndex] = [
        .init(name: "idx_login_attempts_ip_at", table: LoginAttempt.schema, columns: "ip_address, attempted_at"),
        .init(name: "idx_login_attempts_at", table: LoginAttempt.schema, columns: "attempted_at"),
    ]

    func prepare(on database: any Database) async throws {
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
    }
}
