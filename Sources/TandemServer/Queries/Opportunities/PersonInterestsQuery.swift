import Fluent
import Foundation
import SQLKit
import TandemCore

/// The opportunities one person has answered, newest first, with their titles and where each stands.
enum PersonInterestsQuery {
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case title, status
            case opportunityID = "opportunity_id"
        }

        let opportunityID: UUID
        let title: String
        let status: InterestStatus

        init(_ row: QueryRowReader<Column>) throws {
            (opportunityID, title) = (try row(.opportunityID), try row(.title))
            guard let status = InterestStatus(rawValue: try row(.status)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "An interest's status is unknown"))
            }
            self.status = status
        }
    }

    static func rows(_ personID: UUID, on db: any Database) async throws -> [Row] {
        try await (db as! any SQLDatabase).raw(
            """
            SELECT i.opportunity_id, o.title, i.status FROM opportunity_interests i
            JOIN opportunities o ON o.id = i.opportunity_id
            WHERE i.person_id = \(bind: personID) ORDER BY i.created_at DESC
            """
        ).all().map(Row.decode)
    }
}
