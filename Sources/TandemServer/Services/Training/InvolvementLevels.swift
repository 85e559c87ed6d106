import Fluent
import Foundation
import TandemCore

/// Projects' places on the involvement ladder over time: written whenever a plan is saved (and
/// when a team enrols, as its starting point), read to see whether a project moved up by 3 and 6 months.
enum InvolvementLevels {
    /// Keeps the plan's level, unless it is the level already kept last.
    static func record(
        _ projectID: UUID, plan: [InvolvementStep: InvolvementLevel], at date: Date = Date(), on db: any Database
    ) async throws {
        guard let level = InvolvementLadder.level(of: plan) else { return }
        let latest = try await InvolvementLevelRecord.query(on: db).filter(\.$project.$id == projectID)
            .sort(\.$recordedAt, .descending).first()
        guard latest?.level != level else { return }
        try await InvolvementLevelRecord(projectID: projectID, level: level, recordedAt: date).create(on: db)
    }

    /// Keeps a project's current level, as a team enrols with it.
    static func recordCurrent(_ projectID: UUID, at date: Date = Date(), on db: any Database) async throws {
        let entries = try await InvolvementPlanEntry.query(on: db).filter(\.$project.$id == projectID).all()
        try await record(projectID, plan: InvolvementPlanEntry.levels(entries), at: date, on: db)
    }

    /// Each project's dated levels, oldest first.
    static func history(_ projectIDs: [UUID], on db: any Database) async throws -> [UUID: [(on: Date, level: InvolvementLevel)]] {
        guard !projectIDs.isEmpty else { return [:] }
        let records = try await InvolvementLevelRecord.query(on: db).filter(\.$project.$id ~~ projectIDs)
            .sort(\.$recordedAt).all()
        return Dictionary(grouping: records, by: \.$project.id).mapValues { $0.map { (on: $0.recordedAt, level: $0.level) } }
    }
}
