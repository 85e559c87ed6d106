import Fluent

struct CreateProject: AsyncMigration {
    var name: String { "002_CreateProject" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Project.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id))
            .field("project_manager_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("replicated_from_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .field("agreed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("aims", .string, .required)
            .field("stage", .string, .required)
            .field("starts_on", .datetime)
            .field("ends_on", .datetime)
            .field("partner_signatory", .string)
            .field("agreed_at", .datetime)
            .field("search_text", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ProjectOutcome.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .create()
        try await database.schema(ProjectMilestone.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("due_on", .datetime, .required)
            .field("completed_on", .datetime)
            .create()
        try await database.schema(ProjectChange.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("changed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("kind", .string, .required)
            .field("summary", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(ProjectMember.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "project_id", "person_id")
            .create()
        try await database.schema(InvolvementPlanEntry.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("step", .string, .required)
            .field("level", .string, .required)
            .field("who", .string, .required)
            .unique(on: "project_id", "step")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            InvolvementPlanEntry.schema, ProjectMember.schema, ProjectChange.schema, ProjectMilestone.schema,
            ProjectOutcome.schema, Project.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
