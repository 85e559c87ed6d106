import Fluent

/// A running check or import writes a heartbeat, so that a job cut off by a
/// stop or crash can be told from one still running (see `ImportRecovery`).
struct UpdateImportJobAddHeartbeat: AsyncMigration {
    var name: String { "005_UpdateImportJobAddHeartbeat" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ImportJob.schema).field("heartbeat_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportJob.schema).deleteField("heartbeat_at").update()
    }
}
