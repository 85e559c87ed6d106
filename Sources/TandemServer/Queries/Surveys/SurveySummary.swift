import Fluent
import Foundation
import SQLKit
import TandemCore

/// A project's surveys with the number of responses to each, counted by the
/// database in one query: for the survey list and the project dashboard.
struct SurveySummary: Sendable {
    let id: UUID
    let title: String
    let audience: SurveyAudience
    let status: SurveyStatus
    let invited: Int?
    let responses: Int

    static func all(ofProject projectID: UUID, on db: any Database) async throws -> [SurveySummary] {
        try await (db as! any SQLDatabase).raw("""
            SELECT s.id, s.title, s.audience, s.status, s.invited,
                   (SELECT COUNT(*) FROM \(ident: SurveyResponse.schema) r WHERE r.survey_id = s.id) AS responses
            FROM \(ident: Survey.schema) s WHERE s.project_id = \(bind: projectID) ORDER BY s.created_at
            """).all().map { row in
                SurveySummary(
                    id: try row.decode(column: "id", as: UUID.self), title: try row.decode(column: "title", as: String.self),
                    audience: try row.decode(column: "audience", as: SurveyAudience.self),
                    status: try row.decode(column: "status", as: SurveyStatus.self),
                    invited: try row.decodeIfPresent(column: "invited", as: Int.self), responses: try row.decode(column: "responses", as: Int.self))
            }
    }
}
