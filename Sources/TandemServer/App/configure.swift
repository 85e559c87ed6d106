import Fluent
import SQLKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// Sets up the application from its configuration: database, middleware,
/// migrations, routes and commands. Tests call this with their own config.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.storage[AppConfigKey.self] = config
    await app.installServices()

    try configureDatabase(app, config.database)
    if case .sqliteFile = config.database, app.commandUsesDatabase {
        // Write-ahead logging: pages keep reading while an import or any other change is written.
        try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
        try await tuneSQLiteConnections(app)
    }
    app.passwords.use(.bcrypt(cost: config.bcryptCost))

    app.http.server.configuration.hostname = config.hostname
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = "1mb"

    // Order matters: headers on everything (errors too); errors rendered as pages;
    // static files without sessions; then the session, then the CSRF check.
    app.middleware = Middlewares()
    app.middleware.use(
        MiddlewarePipeline(stages: [
            SecurityHeadersMiddleware(strictTransport: config.secureCookies),
            RequestLogMiddleware(),
            TandemErrorMiddleware(),
            StaticFilesMiddleware(publicDirectory: app.directory.publicDirectory),
            SessionMiddleware(secureCookies: config.secureCookies),
            CSRFMiddleware(),
        ]))

    AuditedRecords.install(on: app)
    addMigrations(to: app)
    try routes(app)
    addCommands(to: app)
    // After the databases, so that it shuts down before them (see the type).
    app.lifecycle.use(ServerStopsFirst())
}

func configureDatabase(_ app: Application, _ choice: AppConfig.DatabaseChoice) throws {
    switch choice {
    case .sqliteFile(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
        // Feedback imports get their own connection, so a long import never
        // holds the connection that pages are waiting for.
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .imports, isDefault: false)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url, let searchPath):
        var configuration = try SQLPostgresConfiguration(url: url)
        configuration.searchPath = searchPath.map { [$0] }
        app.databases.use(.postgres(configuration: configuration, sqlLogLevel: .debug), as: .psql)
        app.databases.use(
            .postgres(configuration: configuration, maxConnectionsPerEventLoop: 1, sqlLogLevel: .debug), as: .imports,
            isDefault: false)
    }
}

/// SQLite's page cache is 2 MB a connection by default, so with a hundred
/// thousand comments most reads became a system call each. Each pooled
/// connection (one an event loop) instead maps the file into memory and
/// keeps a larger cache. These settings belong to a connection, so they are
/// made on every connection the pools open now; the pools keep them open.
func tuneSQLiteConnections(_ app: Application) async throws {
    for id in [DatabaseID.sqlite, .imports] {
        for eventLoop in app.eventLoopGroup.makeIterator() {
            guard let database = app.databases.database(id, logger: app.logger, on: eventLoop) as? any SQLDatabase else {
                continue
            }
            try await database.raw("PRAGMA mmap_size = 1073741824").run()
            try await database.raw("PRAGMA cache_size = -32768").run()
        }
    }
}

struct AppConfigKey: StorageKey { typealias Value = AppConfig }

extension Application {
    var config: AppConfig {
        guard let config = storage[AppConfigKey.self] else { fatalError("configure(_:config:) has not run") }
        return config
    }
}

extension DatabaseID {
    /// The connection feedback imports run on (see `configureDatabase`).
    static let imports = DatabaseID(string: "imports")
}

extension Application {
    /// Where long imports run: their own connection when the database allows
    /// it; the shared one for a private in-memory database (tests), which a
    /// second connection could not see.
    var importDatabase: any Database {
        databases.ids().contains(.imports) ? db(.imports) : db
    }
}
