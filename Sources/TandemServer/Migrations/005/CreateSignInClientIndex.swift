import Fluent
import SQLKit

/// Sign-in attempts are counted per client address too (`LoginThrottle`), and
/// swept by age.
struct CreateSignInClientIndex: AsyncMigration {
    var name: String { "005_CreateSignInClientIndex" }

    static let indexes: [(name: String, table: String, columns: String)] = [
        ("idx_login_attempts_ip_at", LoginAttempt.schema, "ip_address, attempted_at"),
        ("idx_login_attempts_at", LoginAttempt.schema, "attempted_at"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            try await sql.raw("CREATE INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.columns))").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes { try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run() }
    }
}
