import Fluent
import SQLKit

/// The public resource library: resources, their files, "Was this useful?" answers and
/// download counts by month, with each database's full-text index of the resources.
struct CreateResources: AsyncMigration {
    var name: String { "009_CreateResources" }

    static let indexes = [
        TableIndex(name: "idx_resources_listing", table: "resources", columns: "status, updated_at"),
        TableIndex(name: "idx_resources_event", table: "resources", columns: "event_id"),
        TableIndex(name: "idx_resource_files_resource", table: "resource_files", columns: "resource_id"),
        TableIndex(name: "idx_resource_feedback_resource", table: "resource_feedback", columns: "resource_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(Resource.schema)
            .id()
            .field("slug", .string, .required)
            .field("event_id", .uuid, .references(Event.schema, .id, onDelete: .setNull))
            .field("created_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("kind", .string, .required)
            .field("topics", .array(of: .string), .required)
            .field("audiences", .array(of: .string), .required)
            .field("status", .string, .required)
            .field("external_url", .string)
            .field("licence", .string, .required)
            .field("made_by", .string, .required)
            .field("permission", .string)
            .field("published_at", .datetime)
            .field("review_on", .datetime)
            .field("search_text", .string, .required)
            .field("search_topics", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "slug")
            .create()
        try await database.schema(ResourceFile.schema)
            .id()
            .field("resource_id", .uuid, .required, .references(Resource.schema, .id, onDelete: .cascade))
            .field("format", .string, .required)
            .field("language", .string)
            .field("file_name", .string, .required)
            .field("stored_name", .string, .required)
            .field("media_type", .string, .required)
            .field("bytes", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ResourceFeedback.schema)
            .id()
            .field("resource_id", .uuid, .required, .references(Resource.schema, .id, onDelete: .cascade))
            .field("useful", .bool, .required)
            .field("comment", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(ResourceDownloads.schema)
            .id()
            .field("resource_id", .uuid, .required, .references(Resource.schema, .id, onDelete: .cascade))
            .field("month", .string, .required)
            .field("downloads", .int, .required)
            .unique(on: "resource_id", "month")
            .create()
        try await TableIndex.create(Self.indexes, on: database)
        try await ResourceSearch.index(for: database).createSchema(on: database as! any SQLDatabase)
    }

    func revert(on database: any Database) async throws {
        try await ResourceSearch.index(for: database).dropSchema(on: database as! any SQLDatabase)
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [ResourceDownloads.schema, ResourceFeedback.schema, ResourceFile.schema, Resource.schema] {
            try await database.schema(schema).delete()
        }
    }
}
