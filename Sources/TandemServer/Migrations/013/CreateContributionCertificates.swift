import Fluent

/// Certificates of contribution: recognition beyond money, given to a partner by a coordinator.
struct CreateContributionCertificates: AsyncMigration {
    var name: String { "013_CreateContributionCertificates" }

    static let indexes = [
        TableIndex(name: "idx_contribution_certificates_person", table: "contribution_certificates", columns: "person_id, to_day")
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(ContributionCertificate.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("number", .string, .required)
            .field("title", .string, .required)
            .field("citation", .string, .required)
            .field("from_day", .datetime, .required)
            .field("to_day", .datetime, .required)
            .field("hours", .double)
            .field("issued_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("signed_by", .string, .required)
            .field("issued_at", .datetime, .required)
            .unique(on: "number")
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        try await database.schema(ContributionCertificate.schema).delete()
    }
}
