import Fluent
import Foundation
import SQLKit
import TandemCore

/// The project dashboard's statements. Raw rather than Fluent queries: they run
/// on every view of the dashboard, and building and decoding Fluent models cost
/// more than the lookups themselves (see bench/README.md).
enum DashboardQueries {
    struct TeamMember: QueryRow {
        enum Column: String, CaseIterable, Sendable { case personID = "person_id", role, name, preferredName = "preferred_name" }
        let personID: UUID
        let role: ProjectRole
        let name: String
        let preferredName: String?

        init(_ row: QueryRowReader<Column>) throws {
            (personID, role, name, preferredName) = (
                try row(.personID), try row(.role), try row(.name), try row.optional(.preferredName)
            )
        }
    }

    static func team(of projectID: UUID, on db: any Database) async throws -> [TeamMember] {
        try TeamMember.decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT m.person_id, m.role, p.name, p.preferred_name FROM \(ident: ProjectMember.schema) m
                JOIN \(ident: Person.schema) p ON p.id = m.person_id WHERE m.project_id = \(bind: projectID)
                """
            ).all())
    }

    struct OpenMilestone: QueryRow {
        enum Column: String, CaseIterable, Sendable { case title, dueOn = "due_on" }
        let title: String
        let dueOn: Date

        init(_ row: QueryRowReader<Column>) throws { (title, dueOn) = (try row(.title), try row(.dueOn)) }
    }

    static func openMilestones(of projectID: UUID, on db: any Database) async throws -> [OpenMilestone] {
        try OpenMilestone.decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT \(OpenMilestone.selectList()) FROM \(ident: ProjectMilestone.schema)
                WHERE project_id = \(bind: projectID) AND completed_on IS NULL ORDER BY due_on
                """
            ).all())
    }

    struct PlanLevel: QueryRow {
        enum Column: String, CaseIterable, Sendable { case step, level }
        let step: String
        let level: String

        init(_ row: QueryRowReader<Column>) throws { (step, level) = (try row(.step), try row(.level)) }
    }

    static func planLevels(of projectID: UUID, on db: any Database) async throws -> [PlanLevel] {
        try PlanLevel.decode(
            try await (db as! any SQLDatabase).raw(
                "SELECT \(PlanLevel.selectList()) FROM \(ident: InvolvementPlanEntry.schema) WHERE project_id = \(bind: projectID)"
            ).all())
    }

    /// The dashboard's counts in one statement: evidence by method (kept as it is
    /// added, see `EvidenceStore`), activities and stories.
    struct Tallies {
        var evidence: [EvidenceMethod: Int] = [:]
        var activities = 0
        var stories = 0

        static func load(projectID id: UUID, on db: any Database) async throws -> Tallies {
            let rows = try await (db as! any SQLDatabase).raw(
                """
                SELECT 'evidence' AS kind, method, count FROM (\(EvidenceStore.countsQuery(projectID: id))) AS e
                UNION ALL SELECT 'activities', '', COUNT(*) FROM \(ident: Activity.schema) WHERE project_id = \(bind: id)
                UNION ALL SELECT 'stories', '', COUNT(*) FROM \(ident: Story.schema) WHERE project_id = \(bind: id)
                """
            ).all()
            var tallies = Tallies()
            for row in rows {
                switch try row.decode(column: "kind", as: String.self) {
                case "activities": tallies.activities = try row.decode(column: "count", as: Int.self)
                case "stories": tallies.stories = try row.decode(column: "count", as: Int.self)
                default: try EvidenceStore.addCount(row, to: &tallies.evidence)
                }
            }
            return tallies
        }
    }
}
