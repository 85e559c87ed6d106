import Fluent
import Foundation
import SQLKit
import TandemCore

/// People as the opportunity ranking reads them, in one statement, for the people interested in an
/// opportunity (`InterestedPeopleQuery`) and for one person's suggestions (`PersonCandidateQuery`):
/// their tags and access needs, how recently and often they were placed, and their equality answers
/// only when they keep them *and* consented to their use for reach. The two differ only in who is
/// wanted (`wanted`, a statement whose rows carry `person_id`).
///
/// Placements and consents are counted once, grouped by person over the people wanted, and joined,
/// rather than asked of each row: for an opportunity with hundreds of people interested that is two
/// grouped reads instead of three small statements a person.
enum CandidateQuery {
    /// The columns each row carries besides those of `wanted`.
    enum Column: String, CaseIterable, Sendable {
        case name, skills, consents
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

    /// What the ranking reads of one person, from a row.
    struct Person: Sendable {
        let personID: UUID
        let name: String
        let livedExperience: [String]
        let skills: [String]
        /// Access needs in words: the listed ones' labels and what the person wrote themselves.
        let accessNeeds: [String]
        let lastPlaced: Date?
        let placedThisYear: Int
        /// Groups from equality answers, only when the person keeps them and consented to their use for reach.
        let groups: Set<ReachGroup>?

        init(_ row: QueryRowReader<Column>) throws {
            personID = try row(.personID)
            name = try row(.name)
            livedExperience = try ArrayColumn.read(row, .livedExperience)
            skills = try ArrayColumn.read(row, .skills)
            accessNeeds = TandemServer.Person.accessNeedLabels(
                try ArrayColumn.read(row, .accessNeeds), other: try row.optional(.accessNeedsOther))
            lastPlaced = try row.optional(.lastPlaced)
            placedThisYear = try row(.placedThisYear)
            groups =
                try row(.consents, as: Int.self) == 2
                ? ReachGroup.groups(
                    ageBand: try row.optional(.ageBand), ethnicGroup: try row.optional(.ethnicGroup),
                    disability: try row.optional(.disability), carer: try row.optional(.carer),
                    genderIdentity: try row.optional(.genderIdentity)) : nil
        }

        /// The person as a ranking candidate, with their availability for this opportunity.
        func candidate(availability: OpportunityRanking.Availability) -> OpportunityRanking.Candidate {
            .init(
                id: personID, experience: Set(livedExperience), skills: Set(skills), accessNeeds: Set(accessNeeds),
                availability: availability, lastInvolved: lastPlaced, timesThisYear: placedThisYear,
                consentedGroups: groups.map { Set($0.map(\.label)) })
        }
    }

    /// The statement: `wanted`'s columns (as `w.*`) and the person's, for everyone `wanted` names.
    static func sql(wanted: SQLQueryString, yearAgo: Date) -> SQLQueryString {
        """
        WITH wanted AS (\(wanted)),
        placed AS (
          SELECT s.person_id, MAX(COALESCE(s.decided_at, s.created_at)) AS last_placed,
            SUM(CASE WHEN COALESCE(s.decided_at, s.created_at) >= \(bind: yearAgo) THEN 1 ELSE 0 END) AS placed_this_year
          FROM wanted CROSS JOIN opportunity_interests s
          WHERE s.person_id = wanted.person_id AND s.status = 'selected' GROUP BY s.person_id),
        consented AS (
          SELECT c.person_id, COUNT(DISTINCT c.purpose) AS consents
          FROM wanted CROSS JOIN consent_records c
          WHERE c.person_id = wanted.person_id AND c.withdrawn_at IS NULL
            AND c.purpose IN ('equality_monitoring', 'equality_for_reach') GROUP BY c.person_id)
        SELECT wanted.*, p.name, p.lived_experience, p.skills, p.access_needs, p.access_needs_other, placed.last_placed,
          COALESCE(placed.placed_this_year, 0) AS placed_this_year, COALESCE(consented.consents, 0) AS consents,
          e.age_band, e.ethnic_group, e.disability, e.carer, e.gender_identity
        FROM wanted
        JOIN people p ON p.id = wanted.person_id
        LEFT JOIN placed ON placed.person_id = wanted.person_id
        LEFT JOIN consented ON consented.person_id = wanted.person_id
        LEFT JOIN equality_answers e ON e.person_id = wanted.person_id
        """
    }
}

/// One person as the ranking reads them, for their suggestions.
enum PersonCandidateQuery {
    struct Row: QueryRow {
        typealias Column = CandidateQuery.Column
        let person: CandidateQuery.Person

        init(_ row: QueryRowReader<Column>) throws { person = try .init(row) }
    }

    static func person(_ personID: UUID, yearAgo: Date, on db: any Database) async throws -> CandidateQuery.Person? {
        let sql = db as! any SQLDatabase
        return try await sql.raw(
            CandidateQuery.sql(wanted: "SELECT id AS person_id FROM people WHERE id = \(bind: personID)", yearAgo: yearAgo)
        ).first().map(Row.decode)?.person
    }
}
