import Fluent
import Foundation
import SQLKit
import TandemCore

/// The people interested in an opportunity (and those already selected), each with their interest and
/// what the ranking reads of them, in one statement (`CandidateQuery`). Reading the same through Fluent
/// (interests, people, placements, consents and answers as models) cost about 30 ms of work a request
/// for 209 people, nearly all of it decoding models (`bench/README.md`).
enum InterestedPeopleQuery {
    struct Row: QueryRow {
        /// The interest's columns; the person's are `CandidateQuery.Column`, read from the same row.
        enum Column: String, CaseIterable, Sendable {
            case id, status, note, availability
            case fromPublicPage = "from_public_page"
        }

        let id: UUID
        let status: InterestStatus
        let note: String
        let availability: OpportunityRanking.Availability
        let fromPublicPage: Bool
        let person: CandidateQuery.Person

        init(_ row: QueryRowReader<Column>) throws {
            id = try row(.id)
            guard let status = InterestStatus(rawValue: try row(.status)),
                let availability = OpportunityRanking.Availability(rawValue: try row(.availability))
            else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "An interest's stored choice is unknown"))
            }
            (self.status, self.availability) = (status, availability)
            (note, fromPublicPage) = (try row(.note), try row(.fromPublicPage))
            person = try CandidateQuery.Person(QueryRowReader(row: row.row))
        }
    }

    static func rows(_ opportunityID: UUID, yearAgo: Date, on db: any Database) async throws -> [Row] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            CandidateQuery.sql(
                wanted: """
                    SELECT id, status, note, availability, from_public_page, person_id FROM opportunity_interests
                    WHERE opportunity_id = \(bind: opportunityID) AND status IN ('interested', 'selected')
                    """, yearAgo: yearAgo)
        ).all().map(Row.decode)
    }
}
