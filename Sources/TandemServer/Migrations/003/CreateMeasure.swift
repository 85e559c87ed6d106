import Fluent

struct CreateMeasure: AsyncMigration {
    var name: String { "003_CreateMeasure" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Measure.schema)
            .id()
            .field("project_id", .uuid, .required, .references(Project.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("direction", .string, .required)
            .field("target", .double)
            .field("description", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema(MeasurePoint.schema)
            .id()
            .field("measure_id", .uuid, .required, .references(Measure.schema, .id, onDelete: .cascade))
            .field("period", .datetime, .required)
            .field("value", .double, .required)
            .field("annotation", .string, .required)
            .field("starts_phase", .bool, .required)
            // One value per period: entering a period again corrects it.
            .unique(on: "measure_id", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeasurePoint.schema).delete()
        try await database.schema(Measure.schema).delete()
    }
}
