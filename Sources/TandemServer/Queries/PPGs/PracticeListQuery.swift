import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// The ICB view's and heat map's practices in order (PCN, then practice), filtered and paged,
/// each with its PPG, last meeting, this quarter's health check, latest self-assessment scores
/// and buddy, in one statement: the inner query orders and pages the practices (and counts them
/// all), the outer one reads the details of that page's rows only. Reading all 500 practices and
/// their records through Fluent cost 125 ms of work a request (`bench/README.md`).
enum PracticeListQuery {
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case id, name, status, met, total, ppgs, outcomes, scores
            case pcn = "pcn_name"
            case odsCode = "ods_code"
            case ppgID = "ppg_id"
            case ppgName = "ppg_name"
            case format = "meeting_format"
            case lastMeeting = "last_meeting"
            case supporting, supportedBy = "supported_by"
        }

        let id: UUID
        let name: String
        let odsCode: String?
        let pcn: String
        let ppgID: UUID?
        let ppgName: String?
        let status: PPGStatus?
        let format: PPGMeetingFormat?
        let lastMeeting: Date?
        let met: Int?
        /// The health check's outcomes and the self-assessment's scores, as the JSON text they are kept in.
        let outcomes: String?
        let scores: String?
        let supporting: String?
        let supportedBy: String?
        /// Practices and PPGs that match the filters, on every page.
        let total: Int
        let ppgs: Int

        init(_ row: QueryRowReader<Column>) throws {
            (id, name, odsCode, pcn) = (try row(.id), try row(.name), try row.optional(.odsCode), try row(.pcn))
            (ppgID, ppgName) = (try row.optional(.ppgID), try row.optional(.ppgName))
            status = try row.optional(.status, as: String.self).flatMap(PPGStatus.init(rawValue:))
            format = try row.optional(.format, as: String.self).flatMap(PPGMeetingFormat.init(rawValue:))
            (lastMeeting, met) = (try row.optional(.lastMeeting), try row.optional(.met))
            (outcomes, scores) = (try row.optional(.outcomes), try row.optional(.scores))
            (supporting, supportedBy) = (try row.optional(.supporting), try row.optional(.supportedBy))
            (total, ppgs) = (try row(.total), try row(.ppgs))
        }
    }

    /// The conditions of the filters and the viewer's scope.
    static func conditions(scope: [UUID]?, filters: PPGOverview.Filters, quarter: String) -> SQLQueryString {
        var sql: SQLQueryString = "WHERE o.kind = 'gp_practice' AND o.archived_at IS NULL"
        if let scope { sql = scope.isEmpty ? sql + " AND 1 = 0" : sql + " AND o.id IN (\(binds: scope))" }
        if let pcn = filters.pcn { sql = sql + " AND o.parent_id = \(bind: pcn)" }
        if let words = filters.q?.trimmed.lowercased(), !words.isEmpty {
            sql = sql + " AND o.search_text LIKE \(bind: "%" + words.replacingOccurrences(of: "%", with: "") + "%")"
        }
        switch filters.status {
        case nil, "": break
        case "none": sql = sql + " AND p.id IS NULL"
        case "open": sql = sql + " AND p.id IS NOT NULL AND p.status <> 'closed'"
        case let status?: sql = sql + " AND p.status = \(bind: status)"
        }
        if filters.health == "fewer-than-2" {
            sql =
                sql
                + " AND p.id IS NOT NULL AND COALESCE((SELECT h.met FROM ppg_health_checks h WHERE h.ppg_id = p.id AND h.quarter = \(bind: quarter)), 0) < 2"
        }
        return sql
    }

    /// One page of practices (every one when `limit` is nil), with their details.
    static func page(
        scope: [UUID]?, filters: PPGOverview.Filters, quarter: String, limit: Int?, offset: Int, on db: any Database
    ) async throws -> [Row] {
        let paging: SQLQueryString = limit.map { " LIMIT \(unsafeRaw: String($0)) OFFSET \(unsafeRaw: String(offset))" } ?? ""
        let sql: SQLQueryString = """
            SELECT l.id, l.name, l.ods_code, l.pcn_name, l.ppg_id, l.total, l.ppgs,
                p.name AS ppg_name, p.status, p.meeting_format,
                (SELECT MAX(m.held_on) FROM ppg_meetings m WHERE m.ppg_id = p.id AND m.kind = 'ppg_meeting') AS last_meeting,
                h.met, CAST(h.outcomes AS TEXT) AS outcomes,
                (SELECT a.scores FROM ppg_assessments a WHERE a.ppg_id = p.id ORDER BY a.completed_on DESC LIMIT 1) AS scores,
                (SELECT s.name FROM ppg_buddy_pairs b JOIN ppgs s ON s.id = b.supported_id
                    WHERE b.buddy_id = p.id AND b.status = 'active' ORDER BY b.created_at DESC LIMIT 1) AS supporting,
                (SELECT s.name FROM ppg_buddy_pairs b JOIN ppgs s ON s.id = b.buddy_id
                    WHERE b.supported_id = p.id AND b.status = 'active' ORDER BY b.created_at DESC LIMIT 1) AS supported_by
            FROM (
                SELECT o.id, o.name, o.ods_code, COALESCE(pcn.name, 'No PCN') AS pcn_name, p.id AS ppg_id,
                    COUNT(*) OVER () AS total, COUNT(p.id) OVER () AS ppgs
                FROM organisations o
                LEFT JOIN organisations pcn ON pcn.id = o.parent_id
                LEFT JOIN ppgs p ON p.practice_id = o.id
                \(conditions(scope: scope, filters: filters, quarter: quarter))
                ORDER BY pcn_name, o.name, o.id\(paging)
            ) l
            LEFT JOIN ppgs p ON p.id = l.ppg_id
            LEFT JOIN ppg_health_checks h ON h.ppg_id = p.id AND h.quarter = \(bind: quarter)
            ORDER BY l.pcn_name, l.name, l.id
            """
        return try Row.decode(try await (db as! any SQLDatabase).raw(sql).all())
    }

    struct Counts: QueryRow {
        enum Column: String, CaseIterable, Sendable { case practices, ppgs }
        let practices: Int
        let ppgs: Int
        init(_ row: QueryRowReader<Column>) throws { (practices, ppgs) = (try row(.practices), try row(.ppgs)) }
    }

    /// How many practices (and PPGs) match: asked only when a page past the last one comes back empty.
    static func counts(scope: [UUID]?, filters: PPGOverview.Filters, quarter: String, on db: any Database) async throws -> Counts
    {
        let sql: SQLQueryString = """
            SELECT COUNT(*) AS practices, COUNT(p.id) AS ppgs FROM organisations o
            LEFT JOIN ppgs p ON p.practice_id = o.id \(conditions(scope: scope, filters: filters, quarter: quarter))
            """
        guard let row = try await (db as! any SQLDatabase).raw(sql).first() else { throw Abort(.internalServerError) }
        return try Counts.decode(row)
    }

    /// Each PPG that is not closed, with its latest self-assessment's answers (JSON text), for the needs across the ICB.
    struct LatestAnswers: QueryRow {
        enum Column: String, CaseIterable, Sendable { case name, answers }
        let name: String
        let answers: String?
        init(_ row: QueryRowReader<Column>) throws { (name, answers) = (try row(.name), try row.optional(.answers)) }
    }

    static func latestAnswers(scope: [UUID]?, on db: any Database) async throws -> [LatestAnswers] {
        var sql: SQLQueryString = """
            SELECT p.name,
                (SELECT a.answers FROM ppg_assessments a WHERE a.ppg_id = p.id ORDER BY a.completed_on DESC LIMIT 1) AS answers
            FROM ppgs p WHERE p.status <> 'closed'
            """
        if let scope { sql = scope.isEmpty ? sql + " AND 1 = 0" : sql + " AND p.practice_id IN (\(binds: scope))" }
        return try LatestAnswers.decode(try await (db as! any SQLDatabase).raw(sql).all())
    }
}
