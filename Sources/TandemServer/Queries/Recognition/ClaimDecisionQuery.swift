import Fluent
import Foundation
import SQLKit

/// Moves a claim from one status to the next in one atomic UPDATE ... RETURNING, so that two
/// approvers (or one in two tabs) deciding at the same moment, on this server or another, move it
/// once: the second finds it no longer in the status it saw and is told so. Raw SQL because
/// Fluent cannot say "change it only if it is still this" and read whether it did in one statement.
enum ClaimDecisionQuery {
    /// True when this call moved the claim; false when someone else already had.
    static func move(
        _ claimID: UUID, from: String, to: String, by deciderID: UUID, on db: any Database
    ) async throws -> Bool {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            UPDATE claims SET status = \(bind: to), decided_by_id = \(bind: deciderID)
            WHERE id = \(bind: claimID) AND status = \(bind: from) RETURNING id
            """
        ).first(decodingColumn: "id", as: UUID.self) != nil
    }
}
