import Fluent
import SQLKit

/// The PPGs' self-assessment (questionnaire versions and answers) and the buddy scheme (pairs,
/// contacts and reviews).
struct CreatePPGSupport: AsyncMigration {
    var name: String { "010_CreatePPGSupport" }

    static let indexes = [
        TableIndex(name: "idx_ppg_assessments_ppg", table: "ppg_assessments", columns: "ppg_id, completed_on"),
        TableIndex(name: "idx_ppg_buddy_pairs_buddy", table: "ppg_buddy_pairs", columns: "buddy_id"),
        TableIndex(name: "idx_ppg_buddy_pairs_supported", table: "ppg_buddy_pairs", columns: "supported_id"),
        TableIndex(name: "idx_ppg_buddy_contacts_pair", table: "ppg_buddy_contacts", columns: "pair_id"),
        TableIndex(name: "idx_ppg_buddy_reviews_pair", table: "ppg_buddy_reviews", columns: "pair_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(PPGQuestionnaire.schema)
            .id()
            .field("created_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("version", .int, .required)
            .field("statements", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "version")
            .create()
        try await database.schema(PPGAssessment.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("questionnaire_id", .uuid, .required, .references(PPGQuestionnaire.schema, .id))
            .field("completed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("completed_on", .datetime, .required)
            .field("answers", .string, .required)
            .field("comments", .string, .required)
            .field("help", .string, .required)
            .field("scores", .string, .required)
            .create()
        try await database.schema(PPGBuddyPair.schema)
            .id()
            .field("buddy_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("supported_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("proposed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("status", .string, .required)
            .field("score", .double, .required)
            .field("reasons", .string, .required)
            .field("buddy_answer", .string)
            .field("supported_answer", .string)
            .field("goals", .string)
            .field("review_on", .datetime)
            .field("started_on", .datetime)
            .field("ended_on", .datetime)
            .field("outcome", .string)
            .field("ended_badly", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PPGBuddyContact.schema)
            .id()
            .field("pair_id", .uuid, .required, .references(PPGBuddyPair.schema, .id, onDelete: .cascade))
            .field("logged_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("happened_on", .datetime, .required)
            .field("note", .string, .required)
            .create()
        try await database.schema(PPGBuddyReview.schema)
            .id()
            .field("pair_id", .uuid, .required, .references(PPGBuddyPair.schema, .id, onDelete: .cascade))
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("written_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("months", .int, .required)
            .field("how_it_is_going", .string, .required)
            .field("written_at", .datetime, .required)
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            PPGBuddyReview.schema, PPGBuddyContact.schema, PPGBuddyPair.schema, PPGAssessment.schema, PPGQuestionnaire.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
