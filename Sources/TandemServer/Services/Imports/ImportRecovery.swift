import Fluent
import FluentSQL
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Imports cut off part way (Tandem stopped or crashed while checking or
/// importing) would otherwise show "importing" for ever, with nothing to
/// press. A running job's row gets a heartbeat while it works; a job marked as
/// running whose heartbeat has stopped, and which no task in this process is
/// running, has no runner: it becomes failed, with a plain message, and can be
/// checked again or removed. Uploads left unfinished are removed after a while.
///
/// With SQLite the import's transaction holds the only write lock, so the
/// heartbeat is written only on PostgreSQL; SQLite has one Tandem process,
/// so there a job not running in this process has no runner at all.
enum ImportRecovery {
    /// A running job writes its heartbeat at most this often.
    static let heartbeatInterval: TimeInterval = 20
    /// A heartbeat older than this means the runner has gone.
    static let heartbeatTimeout: TimeInterval = 120
    /// Uploads that were never imported (or failed) are removed after this long.
    static let abandonedAfter: TimeInterval = 14 * 86_400
    static let cutOffMessage =
        "Tandem stopped before this finished, so nothing was imported. Check the file again to carry on, or remove it."

    /// Marks jobs without a runner as failed, removes abandoned uploads; returns how many of each.
    @discardableResult
    static func sweep(app: Application, now: Date = Date()) async throws -> (failed: Int, removed: Int) {
        let db = app.db
        let isPostgreSQL = (db as? any SQLDatabase)?.isPostgreSQL == true
        var failed = 0
        let running = try await ImportJob.query(on: db)
            .filter(\.$state ~~ [ImportJob.Status.checking, ImportJob.Status.importing]).all()
        for job in running where !(await app.services.importProgress.isRunning(try job.requireID())) {
            if isPostgreSQL, let beat = job.heartbeatAt, now.timeIntervalSince(beat) < heartbeatTimeout { continue }
            job.state = ImportJob.Status.failed
            job.problems = [cutOffMessage]
            try await job.save(on: db)
            failed += 1
        }
        var removed = 0
        let stale = try await ImportJob.query(on: db)
            .filter(\.$state ~~ [ImportJob.Status.uploaded, .invalid, .ready, .failed])
            .filter(\.$createdAt < now.addingTimeInterval(-abandonedAfter)).all()
        for job in stale {
            try? FileManager.default.removeItem(atPath: ImportController.filePath(app, job.storedName))
            try await job.delete(on: db)
            removed += 1
        }
        let kept = Set(try await ImportJob.query(on: db).all(\.$storedName))
        removeStrayFiles(app: app, keptImports: kept, now: now)
        return (failed, removed)
    }

    /// Files of uploads that never finished arriving, left by a crash mid-upload: `incoming-…`
    /// beside recordings and evidence files, and imported files that no job holds.
    private static func removeStrayFiles(app: Application, keptImports: Set<String>, now: Date) {
        let manager = FileManager.default
        let imports = (ImportController.filePath(app, "x") as NSString).deletingLastPathComponent
        let folders = [
            imports, StoryRecordingController.recordingsDirectory(app),
            RecommendationProgressController.evidenceFiles(app).directory,
            ReviewController.evidenceFiles(app).directory,
        ]
        for directory in folders {
            for name in (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            where name.hasPrefix("incoming-") || (directory == imports && !keptImports.contains(name)) {
                let path = "\(directory)/\(name)"
                let modified = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? now
                if now.timeIntervalSince(modified) > 86_400 { try? manager.removeItem(atPath: path) }
            }
        }
    }

    /// A running job's heartbeat: `beat()` as it works writes it now and then (PostgreSQL only: see above).
    final class Heartbeat: Sendable {
        let jobID: UUID
        let app: Application
        private let last = NIOLockedValueBox(Date.distantPast)

        init(jobID: UUID, app: Application) {
            self.jobID = jobID
            self.app = app
        }

        func beat() async {
            let now = Date()
            let due = last.withLockedValue { last -> Bool in
                guard now.timeIntervalSince(last) >= ImportRecovery.heartbeatInterval else { return false }
                last = now
                return true
            }
            guard due, (app.db as? any SQLDatabase)?.isPostgreSQL == true else { return }
            try? await ImportJob.query(on: app.db).filter(\.$id == jobID).set(\.$heartbeatAt, to: now).update()
        }
    }
}
