import Fluent
import SQLKit

/// Recognition of people's time: the dated rate card and its settings, each person's payment
/// choice, and claims with their expenses and receipts.
struct CreateRecognition: AsyncMigration {
    var name: String { "012_CreateRecognition" }

    static let indexes = [
        TableIndex(name: "idx_payment_choices_person", table: "payment_choices", columns: "person_id, chosen_at"),
        TableIndex(name: "idx_claims_person", table: "claims", columns: "person_id, day"),
        TableIndex(name: "idx_claims_status", table: "claims", columns: "status, submitted_at"),
        TableIndex(name: "idx_claims_decided", table: "claims", columns: "decided_at"),
        TableIndex(name: "idx_claims_time_record", table: "claims", columns: "time_record_id"),
        TableIndex(name: "idx_claim_expenses_claim", table: "claim_expenses", columns: "claim_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(PayRate.schema)
            .id()
            .field("level", .string, .required)
            .field("applies_from", .datetime, .required)
            .field("hourly_pence", .int, .required)
            .field("half_day_pence", .int)
            .field("day_pence", .int)
            .field("created_at", .datetime, .required)
            .unique(on: "level", "applies_from")
            .create()
        try await database.schema(MileageRate.schema)
            .id()
            .field("vehicle", .string, .required)
            .field("applies_from", .datetime, .required)
            .field("per_mile_pence", .int, .required)
            .field("threshold_miles", .int)
            .field("after_threshold_pence", .int)
            .unique(on: "vehicle", "applies_from")
            .create()
        try await database.schema(RecognitionSettings.schema)
            .id()
            .field("maximum_claim_age_days", .int, .required)
            .field("confirmed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("confirmed_at", .datetime)
            .create()
        try await database.schema(PaymentChoiceRecord.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("choice", .string, .required)
            .field("lower_rate_pence", .int)
            .field("limit_pence", .int)
            .field("limit_from", .datetime)
            .field("limit_to", .datetime)
            .field("payment_reference", .string)
            .field("public_body_staff", .bool, .required)
            .field("chosen_at", .datetime, .required)
            .create()
        try await database.schema(Claim.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("day", .datetime, .required)
            .field("activity", .string, .required)
            .field("level", .string, .required)
            .field("opportunity_id", .uuid, .references(Opportunity.schema, .id, onDelete: .setNull))
            .field("event_id", .uuid, .references(Event.schema, .id, onDelete: .setNull))
            .field("time_record_id", .uuid, .references(TimeRecord.schema, .id, onDelete: .setNull))
            .field("hours", .double, .required)
            .field("preparation_hours", .double, .required)
            .field("payment_choice", .string, .required)
            .field("time_pence", .int, .required)
            .field("expenses_pence", .int, .required)
            .field("declared_outside_work", .bool, .required)
            .field("query_reason", .string)
            .field("answer", .string)
            .field("submitted_at", .datetime, .required)
            .field("decided_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("decided_at", .datetime)
            .field("paid_at", .datetime)
            .field("is_demo", .bool, .required)
            .create()
        try await database.schema(ClaimExpense.schema)
            .id()
            .field("claim_id", .uuid, .required, .references(Claim.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("vehicle", .string)
            .field("miles", .double)
            .field("amount_pence", .int, .required)
            .field("receipt_file", .string)
            .field("receipt_name", .string)
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            ClaimExpense.schema, Claim.schema, PaymentChoiceRecord.schema, RecognitionSettings.schema, MileageRate.schema,
            PayRate.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
