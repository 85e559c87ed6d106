import Fluent
import SQLKit
import Vapor

/// Secrets Tandem makes for itself and keeps in `app_secrets`, shared by every server.
enum AppSecrets {
    /// The secret called `name`, made with `make` the first time anyone asks.
    static func value(named name: String, madeBy make: () -> String, on db: any Database) async throws -> String {
        let sql = db as! any SQLDatabase
        let read = {
            try await sql.raw("SELECT value FROM app_secrets WHERE name = \(bind: name)").first(
                decodingColumn: "value", as: String.self)
        }
        if let stored = try await read() { return stored }
        do {
            try await sql.raw("INSERT INTO app_secrets (name, value) VALUES (\(bind: name), \(bind: make()))").run()
        } catch {
            // Two servers may get here at once: the name is unique, so one insert wins and both read it back.
            guard try await read() != nil else { throw error }
        }
        guard let value = try await read() else { throw Abort(.internalServerError, reason: "No secret called \(name)") }
        return value
    }
}
