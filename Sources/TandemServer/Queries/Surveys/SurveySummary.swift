import Fluent
import Foundation
import SQLKit
import TandemCore

/// A project's surveys with the number of responses to each, counted by the
/// database in one query: for the survey list and the project dashboard.
struct SurveySummary: QueryRow {
    enum Column: String, CaseIterable, Sendable { case id, title, audience, status, invited, responses }
    let id: UUID
    let title: String
    let audience: SurveyAudience
    let status: SurveyStatus
    let invited: Int?
    let responses: Int

    init(_ row: QueryRowReader<Column>) throws {
        (id, title, audience, status) = (try row(.id), try row(.title), try row(.audience), try row(.status))
        (invited, responses) = (try row.optional(.invited), try row(.responses))
    }

    static func all(ofProject projectID: UUID, on db: any Database) async throws -> [SurveySummary] {
        try decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT s.id, s.title, s.audience, s.status, s.invited,
                       (SELECT COUNT(*) FROM \(ident: SurveyResponse.schema) r WHERE r.survey_id = s.id) AS responses
                FROM \(ident: Survey.schema) s WHERE s.project_id = \(bind: projectID) ORDER BY s.created_at
                """
            ).all())
    }
}
