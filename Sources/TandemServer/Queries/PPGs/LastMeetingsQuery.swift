import Fluent
import Foundation
import SQLKit

/// The date of each PPG's latest meeting, in one grouped statement: the ICB view lists up to
/// 500 practices, and reading every meeting through Fluent to find each latest was the cost.
enum LastMeetingsQuery {
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case ppgID = "ppg_id"
            case last
        }

        let ppgID: UUID
        let last: Date

        init(_ row: QueryRowReader<Column>) throws {
            (ppgID, last) = (try row(.ppgID), try row(.last))
        }
    }

    static func latest(for ppgIDs: [UUID], on db: any Database) async throws -> [UUID: Date] {
        guard !ppgIDs.isEmpty else { return [:] }
        let rows = try Row.decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT ppg_id, MAX(held_on) AS last FROM ppg_meetings
                WHERE kind = 'ppg_meeting' AND ppg_id IN (\(binds: ppgIDs)) GROUP BY ppg_id
                """
            ).all())
        return Dictionary(rows.map { ($0.ppgID, $0.last) }, uniquingKeysWith: max)
    }
}
