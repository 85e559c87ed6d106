import Fluent
import Foundation
import SQLKit
import TandemCore

enum ResourceDownloadCounts {
    /// Counts one download in this month. Raw SQL because Fluent cannot say "add one, or start at one".
    static func count(_ resourceID: UUID, at date: Date, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw(
            """
            INSERT INTO resource_downloads (id, resource_id, month, downloads)
            VALUES (\(bind: UUID()), \(bind: resourceID), \(bind: ResourceRules.month(of: date)), 1)
            ON CONFLICT (resource_id, month) DO UPDATE SET downloads = resource_downloads.downloads + 1
            """
        ).run()
    }

    /// A published resource with its downloads since a month, and its "Was this useful?" answers.
    struct Usage: QueryRow {
        enum Column: String, CaseIterable, Sendable {
            case id, slug, title, downloads, yes, no
            case publishedAt = "published_at"
        }

        let id: UUID
        let slug: String
        let title: String
        let publishedAt: Date?
        let downloads: Int
        let yes: Int
        let no: Int

        init(_ row: QueryRowReader<Column>) throws {
            (id, slug, title, publishedAt) = (try row(.id), try row(.slug), try row(.title), try row.optional(.publishedAt))
            (downloads, yes, no) = (try row(.downloads), try row(.yes), try row(.no))
        }
    }

    /// The most used (or least used) published resources since `month`, at most `limit`.
    static func usage(since month: String, mostUsedFirst: Bool, limit: Int, on db: any Database) async throws -> [Usage] {
        let direction: SQLQueryString = mostUsedFirst ? "DESC" : "ASC"
        return try Usage.decode(
            try await (db as! any SQLDatabase).raw(
                """
                SELECT r.id, r.slug, r.title, r.published_at,
                    CAST(COALESCE((SELECT SUM(d.downloads) FROM resource_downloads d WHERE d.resource_id = r.id AND d.month >= \(bind: month)), 0) AS BIGINT) AS downloads,
                    (SELECT COUNT(*) FROM resource_feedback y WHERE y.resource_id = r.id AND y.useful = \(bind: true)) AS yes,
                    (SELECT COUNT(*) FROM resource_feedback n WHERE n.resource_id = r.id AND n.useful = \(bind: false)) AS no
                FROM resources r WHERE r.status = 'published'
                ORDER BY downloads \(direction), r.published_at \(direction), r.title LIMIT \(unsafeRaw: String(limit))
                """
            ).all())
    }
}
