import Fluent

/// Imports that forgive what real exports contain: rows without a comment are skipped
/// and counted, and a person can choose to import the rows without problems and skip
/// the rest.
struct UpdateImportJobSkippedRows: AsyncMigration {
    var name: String { "006_UpdateImportJobSkippedRows" }

    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds a single column per ALTER TABLE.
        let schema = { database.schema(ImportJob.schema) }
        try await schema().field("without_comment_rows", .int, .required, .sql(.default(0))).update()
        try await schema().field("without_comment_lines", .array(of: .int)).update()
        try await schema().field("importable_rows", .int, .required, .sql(.default(0))).update()
        try await schema().field("skip_problem_rows", .bool, .required, .sql(.default(false))).update()
        try await schema().field("problem_rows_skipped", .int, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        for field in [
            "without_comment_rows", "without_comment_lines", "importable_rows", "skip_problem_rows", "problem_rows_skipped",
        ] {
            try await database.schema(ImportJob.schema).deleteField(.string(field)).update()
        }
    }
}
