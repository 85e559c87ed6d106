import Fluent
import FluentPostgresDriver
import Foundation
@testable import TandemServer
import Testing
import VaporTesting

/// Which database the server tests run on: in-memory SQLite by default, or a
/// real PostgreSQL server when `TANDEM_TEST_DATABASE_URL` is set. Every test
/// gets its own empty database (a private in-memory SQLite, or a schema of
/// its own in PostgreSQL), so tests can run in parallel.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TANDEM_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var name: String { postgresURL == nil ? "SQLite" : "PostgreSQL" }
}

/// Runs `body` against a configured, migrated Tandem, then shuts it down.
func withTandem<T>(_ body: (Application) async throws -> T) async throws -> T {
    let app = try await Application.make(.testing)
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    let database: AppConfig.DatabaseChoice =
        TestDatabase.postgresURL.map { .postgres(url: $0, searchPath: schema) } ?? .sqliteMemory
    let config = AppConfig(
        database: database, bcryptCost: 4, dataDirectory: NSTemporaryDirectory() + schema,
        demoPassword: "demo-password-123")
    do {
        try await configure(app, config: config)
        if TestDatabase.postgresURL != nil {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.autoMigrate()
        let result = try await body(app)
        try await cleanUp(app, schema: schema)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await cleanUp(app, schema: schema)
        try? await app.asyncShutdown()
        throw error
    }
}

private func cleanUp(_ app: Application, schema: String) async throws {
    // Imports and uploads finish before the data folder and database go.
    await app.services.importProgress.waitForAll()
    try? FileManager.default.removeItem(atPath: app.config.dataDirectory)
    guard TestDatabase.postgresURL != nil else { return }
    try await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
}
