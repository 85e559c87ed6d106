import Fluent
import SQLKit

/// A search index of the redacted text, beside the one of the text as given,
/// so that people who read a comment redacted search what they read
/// (`FeedbackSearch.Readable`). Filled from the evidence already kept.
struct CreateRedactedSearchIndex: AsyncMigration {
    var name: String { "005_CreateRedactedSearchIndex" }

    func prepare(on database: any Database) async throws {
        try await FeedbackSearch.index(for: database).createRedactedSchema(on: database as! any SQLDatabase)
    }

    func revert(on database: any Database) async throws {
        try await FeedbackSearch.index(for: database).dropRedactedSchema(on: database as! any SQLDatabase)
    }
}
