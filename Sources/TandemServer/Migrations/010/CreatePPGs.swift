import Fluent
import SQLKit

/// Patient Participation Groups: the registry (PPGs, their status history, members,
/// meetings with who came, actions and the changes they record), the practices'
/// registered populations and ethnic groups, and the quarterly health checks.
struct CreatePPGs: AsyncMigration {
    var name: String { "010_CreatePPGs" }

    static let indexes = [
        TableIndex(name: "idx_ppg_members_ppg", table: "ppg_members", columns: "ppg_id, left_on"),
        TableIndex(name: "idx_ppg_members_person", table: "ppg_members", columns: "person_id"),
        TableIndex(name: "idx_ppg_meetings_ppg", table: "ppg_meetings", columns: "ppg_id, held_on"),
        TableIndex(name: "idx_ppg_attendance_meeting", table: "ppg_attendance", columns: "meeting_id"),
        TableIndex(name: "idx_ppg_actions_ppg", table: "ppg_actions", columns: "ppg_id, status"),
        TableIndex(name: "idx_ppg_improvements_ppg", table: "ppg_improvements", columns: "ppg_id, made_on"),
        TableIndex(name: "idx_ppg_status_changes_ppg", table: "ppg_status_changes", columns: "ppg_id, changed_at"),
        TableIndex(name: "idx_ppg_judgements_ppg", table: "ppg_health_judgements", columns: "ppg_id, judged_at"),
        TableIndex(name: "idx_practice_ethnicities_practice", table: "practice_ethnicities", columns: "practice_id, as_of"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema).field("postcode", .string).update()
        try await database.schema(PPG.schema)
            .id()
            .field("practice_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("lead_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("meeting_format", .string, .required)
            .field("meeting_frequency", .string, .required)
            .field("started_on", .datetime)
            .field("how_to_join", .string, .required)
            .field("outreach", .string)
            .field("status", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "practice_id")
            .create()
        try await database.schema(PPGStatusChange.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("changed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("changed_at", .datetime, .required)
            .create()
        try await database.schema(PPGMember.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("office", .string)
            .field("joined_on", .datetime, .required)
            .field("left_on", .datetime)
            .create()
        try await database.schema(PPGMeeting.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .references(Event.schema, .id, onDelete: .setNull))
            .field("kind", .string, .required)
            .field("held_on", .datetime, .required)
            .field("staff_present", .int, .required)
            .field("pcn_representative", .bool, .required)
            .field("notes", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(PPGAttendance.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(PPGMeeting.schema, .id, onDelete: .cascade))
            .field("member_id", .uuid, .required, .references(PPGMember.schema, .id, onDelete: .cascade))
            .unique(on: "meeting_id", "member_id")
            .create()
        try await database.schema(PPGAction.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references(PPGMeeting.schema, .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .datetime)
            .field("status", .string, .required)
            .field("response", .string)
            .field("raised_on", .datetime, .required)
            .create()
        try await database.schema(PPGImprovement.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("recorded_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("you_said", .string, .required)
            .field("we_did", .string, .required)
            .field("made_on", .datetime, .required)
            .create()
        try await database.schema(RegisteredPopulation.schema)
            .id()
            .field("practice_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("extract_date", .datetime, .required)
            .field("detail", .string, .required)
            .field("total", .int, .required)
            .field("counts", .dictionary(of: .int), .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "practice_id", "extract_date")
            .create()
        try await database.schema(PracticeEthnicity.schema)
            .id()
            .field("practice_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("entered_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("percentages", .dictionary(of: .double), .required)
            .field("source", .string, .required)
            .field("as_of", .datetime, .required)
            .field("entered_at", .datetime, .required)
            .create()
        try await database.schema(PPGHealthCheck.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("quarter", .string, .required)
            .field("outcomes", .dictionary(of: .string), .required)
            .field("met", .int, .required)
            .field("checked_at", .datetime, .required)
            .unique(on: "ppg_id", "quarter")
            .create()
        try await database.schema(PPGHealthJudgement.schema)
            .id()
            .field("ppg_id", .uuid, .required, .references(PPG.schema, .id, onDelete: .cascade))
            .field("judged_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("criterion", .string, .required)
            .field("outcome", .string, .required)
            .field("reason", .string, .required)
            .field("judged_at", .datetime, .required)
            .create()
        try await TableIndex.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await TableIndex.drop(Self.indexes, on: database)
        for schema in [
            PPGHealthJudgement.schema, PPGHealthCheck.schema, PracticeEthnicity.schema, RegisteredPopulation.schema,
            PPGImprovement.schema, PPGAction.schema, PPGAttendance.schema, PPGMeeting.schema, PPGMember.schema,
            PPGStatusChange.schema, PPG.schema,
        ] {
            try await database.schema(schema).delete()
        }
        try await database.schema(Organisation.schema).deleteField("postcode").update()
    }
}
