import Fluent
import SQLKit

/// An index written in plain SQL that SQLite and PostgreSQL share. Migrations
/// that add indexes list them and create or drop them here, in one way.
struct TableIndex: Sendable {
    let name: String
    let table: String
    let columns: String
    var unique = false

    static func create(_ indexes: [TableIndex], on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes {
            try await sql.raw(
                "CREATE \(unsafeRaw: index.unique ? "UNIQUE " : "")INDEX \(unsafeRaw: index.name) ON \(unsafeRaw: index.table) (\(unsafeRaw: index.columns))"
            ).run()
        }
    }

    static func drop(_ indexes: [TableIndex], on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes { try await sql.raw("DROP INDEX IF EXISTS \(unsafeRaw: index.name)").run() }
    }
}
