import Fluent
import Foundation
import SQLKit

/// How many gave each answer to each question of a survey, counted by the database in one grouped statement.
struct SurveyAnswerCount: QueryRow {
    enum Column: String, CaseIterable, Sendable { case question, value, n }
    let question: UUID
    let value: String
    let n: Int

    init(_ row: QueryRowReader<Column>) throws { (question, value, n) = (try row(.question), try row(.value), try row(.n)) }

    /// Answers counted, by question and then by answer.
    static func byQuestion(surveyID: UUID, on db: any Database) async throws -> [UUID: [String: Int]] {
        let rows = try decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT a.question_id AS question, a.value AS value, COUNT(*) AS n FROM survey_answers a
                JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = \(bind: surveyID) GROUP BY a.question_id, a.value
                """
            ).all())
        var counts: [UUID: [String: Int]] = [:]
        for row in rows { counts[row.question, default: [:]][row.value] = row.n }
        return counts
    }
}

/// How many people answered each question of a survey: the whole that each answer's
/// share is of (for a question with several answers allowed, not the number of answers).
struct SurveyQuestionRespondents: QueryRow {
    enum Column: String, CaseIterable, Sendable { case question, n }
    let question: UUID
    let n: Int

    init(_ row: QueryRowReader<Column>) throws { (question, n) = (try row(.question), try row(.n)) }

    static func byQuestion(surveyID: UUID, on db: any Database) async throws -> [UUID: Int] {
        let rows = try decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT a.question_id AS question, COUNT(DISTINCT a.response_id) AS n FROM survey_answers a
                JOIN survey_responses r ON r.id = a.response_id WHERE r.survey_id = \(bind: surveyID) GROUP BY a.question_id
                """
            ).all())
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.question, $0.n) })
    }
}
