import Fluent
import Foundation
import SQLKit
import TandemCore
import Vapor

/// The ICB view's and heat map's practices in order (PCN, then practice), filtered and paged in
/// one statement, with each PPG's status and this quarter's criteria met. Reading all 500
/// practices and their records through Fluent for every page cost 125 ms of work a request
/// (`bench/README.md`); this reads only the page, and the page's details follow by id.
enum PracticeListQuery {
    struct Row: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case id, name, status, met
            case pcn = "pcn_name"
            case odsCode = "ods_code"
            case ppgID = "ppg_id"
        }

        let id: UUID
        let name: String
        let odsCode: String?
        let pcn: String
        let ppgID: UUID?
        let status: PPGStatus?
        let met: Int?

        init(_ row: QueryRowReader<Column>) throws {
            (id, name, odsCode, pcn) = (try row(.id), try row(.name), try row.optional(.odsCode), try row(.pcn))
            ppgID = try row.optional(.ppgID)
            status = try row.optional(.status, as: String.self).flatMap(PPGStatus.init(rawValue:))
            met = try row.optional(.met)
        }
    }

    struct Counts: QueryRow {
        enum Column: String, CaseIterable, Sendable { case practices, ppgs }
        let practices: Int
        let ppgs: Int
        init(_ row: QueryRowReader<Column>) throws { (practices, ppgs) = (try row(.practices), try row(.ppgs)) }
    }

    static let from: SQLQueryString = """
        FROM organisations o
        LEFT JOIN organisations pcn ON pcn.id = o.parent_id
        LEFT JOIN ppgs p ON p.practice_id = o.id
        """

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

    static func page(
        scope: [UUID]?, filters: PPGOverview.Filters, quarter: String, limit: Int?, offset: Int, on db: any Database
    ) async throws -> [Row] {
        let paging: SQLQueryString = limit.map { " LIMIT \(unsafeRaw: String($0)) OFFSET \(unsafeRaw: String(offset))" } ?? ""
        let sql: SQLQueryString = """
            SELECT o.id, o.name, o.ods_code, COALESCE(pcn.name, 'No PCN') AS pcn_name, p.id AS ppg_id, p.status,
                (SELECT h.met FROM ppg_health_checks h WHERE h.ppg_id = p.id AND h.quarter = \(bind: quarter)) AS met
            \(from) \(conditions(scope: scope, filters: filters, quarter: quarter))
            ORDER BY pcn_name, o.name, o.id\(paging)
            """
        return try Row.decode(try await (db as! any SQLDatabase).raw(sql).all())
    }

    static func counts(scope: [UUID]?, filters: PPGOverview.Filters, quarter: String, on db: any Database) async throws -> Counts
    {
        let sql: SQLQueryString = """
            SELECT COUNT(*) AS practices, COUNT(p.id) AS ppgs \(from) \(conditions(scope: scope, filters: filters, quarter: quarter))
            """
        guard let row = try await (db as! any SQLDatabase).raw(sql).first() else { throw Abort(.internalServerError) }
        return try Counts.decode(row)
    }
}
