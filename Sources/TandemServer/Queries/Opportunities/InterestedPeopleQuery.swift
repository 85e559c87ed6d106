import Fluent
import Foundation
import SQLKit
import TandemCore

/// The people interested in an opportunity, each with what the ranking reads of them, in one
/// statement: their interest, their tags, how recently and often they were placed, whether they
/// keep equality answers and consented to their use for reach, and those answers. Reading the same
/// through Fluent (interests, people, placements, consents and answers as models) cost about 30 ms
/// of work a request for 209 people, nearly all of it decoding models (`bench/README.md`).
enum InterestedPeopleQuery {
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case id, status, note, availability, name, skills, consents
            case fromPublicPage = "from_public_page"
            case personID = "person_id"
            case livedExperience = "lived_experience"
            case accessNeeds = "access_needs"
            case accessNeedsOther = "access_needs_other"
            case lastPlaced = "last_placed"
            case placedThisYear = "placed_this_year"
            case ageBand = "age_band"
            case ethnicGroup = "ethnic_group"
            case disability, carer
            case genderIdentity = "gender_identity"
        }

        let id: UUID
        let status: InterestStatus
        let note: String
        let availability: OpportunityRanking.Availability
        let fromPublicPage: Bool
        let personID: UUID
        let name: String
        let livedExperience: [String]
        let skills: [String]
        let accessNeeds: [String]
        let accessNeedsOther: String?
        let lastPlaced: Date?
        let placedThisYear: Int
        /// Groups from equality answers, only when the person keeps them and consented to their use for reach.
        let groups: Set<ReachGroup>?

        init(_ row: QueryRowReader<Column>) throws {
            id = try row(.id)
            guard let status = InterestStatus(rawValue: try row(.status)),
                let availability = OpportunityRanking.Availability(rawValue: try row(.availability))
            else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "An interest's stored choice is unknown"))
            }
            (self.status, self.availability) = (status, availability)
            (note, fromPublicPage, personID, name) = (
                try row(.note), try row(.fromPublicPage), try row(.personID), try row(.name)
            )
            livedExperience = try ArrayColumn.read(row, .livedExperience)
            skills = try ArrayColumn.read(row, .skills)
            accessNeeds = try ArrayColumn.read(row, .accessNeeds)
            accessNeedsOther = try row.optional(.accessNeedsOther)
            (lastPlaced, placedThisYear) = (try row.optional(.lastPlaced), try row(.placedThisYear))
            groups =
                try row(.consents, as: Int.self) == 2
                ? ReachGroup.groups(
                    ageBand: try row.optional(.ageBand), ethnicGroup: try row.optional(.ethnicGroup),
                    disability: try row.optional(.disability), carer: try row.optional(.carer),
                    genderIdentity: try row.optional(.genderIdentity)) : nil
        }
    }

    static func rows(_ opportunityID: UUID, yearAgo: Date, on db: any Database) async throws -> [Row] {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            """
            SELECT i.id, i.status, i.note, i.availability, i.from_public_page, i.person_id, p.name, p.lived_experience,
              p.skills, p.access_needs, p.access_needs_other,
              (SELECT MAX(COALESCE(s.decided_at, s.created_at)) FROM opportunity_interests s
                WHERE s.person_id = i.person_id AND s.status = 'selected') AS last_placed,
              (SELECT COUNT(*) FROM opportunity_interests s WHERE s.person_id = i.person_id AND s.status = 'selected'
                AND COALESCE(s.decided_at, s.created_at) >= \(bind: yearAgo)) AS placed_this_year,
              (SELECT COUNT(DISTINCT c.purpose) FROM consent_records c WHERE c.person_id = i.person_id
                AND c.withdrawn_at IS NULL AND c.purpose IN ('equality_monitoring', 'equality_for_reach')) AS consents,
              e.age_band, e.ethnic_group, e.disability, e.carer, e.gender_identity
            FROM opportunity_interests i
            JOIN people p ON p.id = i.person_id
            LEFT JOIN equality_answers e ON e.person_id = i.person_id
            WHERE i.opportunity_id = \(bind: opportunityID) AND i.status IN ('interested', 'selected')
            """
        ).all().map(Row.decode)
    }
}
