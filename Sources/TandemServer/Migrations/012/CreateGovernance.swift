import Fluent
import SQLKit

/// Governance groups: terms of reference with versions, members, meetings (events) with agendas and
/// papers, declarations, decisions, actions and minutes with comments; the challenge register; the
/// programme plan's phases.
struct CreateGovernance: AsyncMigration {
    var name: String { "012_CreateGovernance" }

    static let indexes = [
        TableIndex(name: "idx_group_members_person", table: "group_members", columns: "person_id"),
        TableIndex(name: "idx_group_meetings_group", table: "group_meetings", columns: "group_id"),
        TableIndex(name: "idx_agenda_items_meeting", table: "agenda_items", columns: "meeting_id, position"),
        TableIndex(name: "idx_group_decisions_group", table: "group_decisions", columns: "group_id, number", unique: true),
        TableIndex(name: "idx_group_actions_group", table: "group_actions", columns: "group_id, status"),
        TableIndex(name: "idx_challenges_group", table: "challenges", columns: "group_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(GovernanceGroup.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("purpose", .string, .required)
            .field("quorum", .int, .required)
            .field("meeting_schedule", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(GroupTermsVersion.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("text", .string, .required)
            .field("change_note", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "group_id", "version")
            .create()
        try await database.schema(GroupMember.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("term_starts", .datetime, .required)
            .field("term_ends", .datetime)
            .create()
        try await database.schema(GroupMeeting.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("minutes", .string, .required)
            .field("minutes_status", .string, .required)
            .field("approved_at_id", .uuid, .references(GroupMeeting.schema, .id, onDelete: .setNull))
            .field("published", .bool, .required)
            .create()
        try await database.schema(AgendaItem.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(GroupMeeting.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("presenter", .string)
            .field("resource_id", .uuid, .references(Resource.schema, .id, onDelete: .setNull))
            .field("paper_file", .string)
            .field("paper_name", .string)
            .create()
        try await database.schema(InterestDeclaration.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(GroupMeeting.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .create()
        try await database.schema(GroupDecision.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references(GroupMeeting.schema, .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("text", .string, .required)
            .field("present", .int, .required)
            .field("quorum", .int, .required)
            .field("quorate", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(GroupAction.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("raised_at_id", .uuid, .required, .references(GroupMeeting.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .datetime)
            .field("status", .string, .required)
            .field("update_note", .string)
            .field("closed_at_id", .uuid, .references(GroupMeeting.schema, .id, onDelete: .setNull))
            .create()
        try await database.schema(MinutesComment.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(GroupMeeting.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(Challenge.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("item", .string, .required)
            .field("brought_by", .string, .required)
            .field("challenge", .string, .required)
            .field("response_asked", .string, .required)
            .field("response_due", .datetime)
            .field("response", .string)
            .field("outcome", .string, .required)
            .field("raised_on", .datetime, .required)
            .create()
        try await database.schema(PlanPhase.schema)
            .id()
            .field("group_id", .uuid, .required, .references(GovernanceGroup.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("starts_on", .datetime, .required)
            .field("ends_on", .datetime, .required)
            .field("aims", .string, .required)
            .field("checkpoints", .array(of: .string), .required)
            .field("status", .string, .required)
            .field("report", .string)
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            PlanPhase.schema, Challenge.schema, MinutesComment.schema, GroupAction.schema, GroupDecision.schema,
            InterestDeclaration.schema, AgendaItem.schema, GroupMeeting.schema, GroupMember.schema, GroupTermsVersion.schema,
            GovernanceGroup.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
