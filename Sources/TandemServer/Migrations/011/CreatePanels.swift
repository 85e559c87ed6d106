import Fluent
import SQLKit

/// Patient-led peer review panels: panels and their members, meetings (events), and the reviews
/// with members' notes, the agreed points and the lead's replies, actions and follow-ups.
struct CreatePanels: AsyncMigration {
    var name: String { "011_CreatePanels" }

    static let indexes = [
        TableIndex(name: "idx_panel_members_person", table: "panel_members", columns: "person_id"),
        TableIndex(name: "idx_panel_meetings_panel", table: "panel_meetings", columns: "panel_id"),
        TableIndex(name: "idx_panel_reviews_panel", table: "panel_reviews", columns: "panel_id, submitted_at"),
        TableIndex(name: "idx_panel_reviews_lead", table: "panel_reviews", columns: "lead_id"),
        TableIndex(name: "idx_review_notes_review", table: "review_notes", columns: "review_id"),
        TableIndex(name: "idx_review_points_review", table: "review_points", columns: "review_id"),
        TableIndex(name: "idx_review_actions_review", table: "review_actions", columns: "review_id"),
        TableIndex(name: "idx_review_follow_ups_review", table: "review_follow_ups", columns: "review_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(ReviewPanel.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("name", .string, .required)
            .field("terms_of_reference", .string, .required)
            .field("projects_per_meeting", .int, .required)
            .field("public_submissions", .bool, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(PanelMember.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(ReviewPanel.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("term_starts", .datetime, .required)
            .field("term_ends", .datetime)
            .create()
        try await database.schema(PanelMeeting.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(ReviewPanel.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .create()
        try await database.schema(PanelReview.schema)
            .id()
            .field("panel_id", .uuid, .required, .references(ReviewPanel.schema, .id, onDelete: .cascade))
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .field("lead_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("meeting_id", .uuid, .references(PanelMeeting.schema, .id, onDelete: .setNull))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("stage", .string, .required)
            .field("questions", .array(of: .string), .required)
            .field("already_involved", .string, .required)
            .field("preferred_dates", .string, .required)
            .field("contact_name", .string)
            .field("contact_email", .string)
            .field("status", .string, .required)
            .field("triage_reason", .string)
            .field("level_before", .string)
            .field("usefulness", .int)
            .field("changed_plans", .bool)
            .field("is_demo", .bool, .required)
            .field("submitted_at", .datetime, .required)
            .field("triaged_at", .datetime)
            .field("agreed_at", .datetime)
            .create()
        try await database.schema(ReviewNote.schema)
            .id()
            .field("review_id", .uuid, .required, .references(PanelReview.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("area", .string)
            .field("text", .string, .required)
            .field("written_at", .datetime, .required)
            .create()
        try await database.schema(ReviewPoint.schema)
            .id()
            .field("review_id", .uuid, .required, .references(PanelReview.schema, .id, onDelete: .cascade))
            .field("area", .string, .required)
            .field("text", .string, .required)
            .field("response", .string)
            .field("reply", .string)
            .field("replied_at", .datetime)
            .create()
        try await database.schema(ReviewAction.schema)
            .id()
            .field("review_id", .uuid, .required, .references(PanelReview.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .datetime)
            .field("status", .string, .required)
            .create()
        try await database.schema(ReviewFollowUp.schema)
            .id()
            .field("review_id", .uuid, .required, .references(PanelReview.schema, .id, onDelete: .cascade))
            .field("months", .int, .required)
            .field("what_changed", .string, .required)
            .field("evidence_links", .array(of: .string), .required)
            .field("level_after", .string)
            .field("evidence_file", .string)
            .field("evidence_file_name", .string)
            .field("written_at", .datetime, .required)
            .unique(on: "review_id", "months")
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            ReviewFollowUp.schema, ReviewAction.schema, ReviewPoint.schema, ReviewNote.schema, PanelReview.schema,
            PanelMeeting.schema, PanelMember.schema, ReviewPanel.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
