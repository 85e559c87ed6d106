import Fluent
import TandemCore
import Vapor

/// Runs the check and the import of an uploaded file in the background, and
/// records the outcome on the job when each finishes.
enum ImportRunner {
    static func check(_ job: ImportJob, app: Application) async {
        guard let jobID = job.id, let mapping = ImportController.decode(job.mapping) else { return }
        let path = ImportController.filePath(app, job.storedName)
        let notImported = ImportController.filePath(app, job.notImportedName)
        let existing = FeedbackImporter.ExistingRows(projectID: job.$project.id, db: app.db)
        let progress = app.services.importProgress
        let heartbeat = ImportRecovery.Heartbeat(jobID: jobID, app: app)
        _ = await progress.start(jobID) {
            do {
                let result = try await FeedbackImporter.check(
                    path: path, mapping: mapping, existing: existing, notImportedPath: notImported
                ) { rows in
                    await progress.update(jobID, phase: "checking", processed: rows, total: nil)
                    await heartbeat.beat()
                }
                try await record(jobID, app: app) { job in
                    job.totalRows = result.rows
                    job.problems = result.problems.map { "Line \($0.line): \($0.reason)" }
                    job.problemCount = result.problemCount
                    job.withoutCommentRows = result.withoutComment
                    job.withoutCommentLines = result.withoutCommentLines
                    job.duplicateRows = result.alreadyIn
                    job.importableRows = result.importable
                    job.state = (result.problemCount == 0 ? ImportJob.Status.ready : .invalid)
                }
            } catch {
                await fail(jobID, app: app, error)
            }
        }
    }

    static func run(_ job: ImportJob, app: Application, addedBy: UUID?) async {
        guard let jobID = job.id, let mapping = ImportController.decode(job.mapping) else { return }
        let path = ImportController.filePath(app, job.storedName)
        let scope = job.consentScope
        let skipProblems = job.skipProblemRows
        let total = job.totalRows
        let progress = app.services.importProgress
        let projectID = job.$project.id
        let heartbeat = ImportRecovery.Heartbeat(jobID: jobID, app: app)
        _ = await progress.start(jobID) {
            do {
                guard let project = try await Project.find(projectID, on: app.db) else { return }
                let outcome = try await FeedbackImporter.run(
                    path: path, mapping: mapping, project: project, scope: scope, skipProblems: skipProblems, jobID: jobID,
                    addedBy: addedBy,
                    on: app.importDatabase
                ) { rows in
                    await progress.update(jobID, phase: "importing", processed: rows, total: total)
                    await heartbeat.beat()
                }
                try await record(jobID, app: app) { job in
                    job.importedRows = outcome.imported
                    job.duplicateRows = outcome.duplicates
                    job.withoutCommentRows = outcome.withoutComment
                    job.problemRowsSkipped = outcome.problemsSkipped
                    job.state = ImportJob.Status.done
                    job.finishedAt = Date()
                }
                // The comments are in Tandem now; the uploaded copy is not kept.
                try? FileManager.default.removeItem(atPath: path)
                app.logger.info(
                    "Imported \(outcome.imported) feedback items (\(outcome.duplicates) already there) from job \(jobID)")
            } catch {
                await fail(jobID, app: app, error)
            }
        }
    }

    private static func record(_ jobID: UUID, app: Application, _ change: (ImportJob) -> Void) async throws {
        guard let job = try await ImportJob.find(jobID, on: app.db) else { return }
        change(job)
        try await job.save(on: app.db)
    }

    private static func fail(_ jobID: UUID, app: Application, _ error: any Error) async {
        let message: String
        if error is CancellationError {
            message = "Tandem was stopped before this finished. Nothing was imported."
        } else if let problem = error as? CSVError {
            message = "Line \(problem.line): \(problem.reason). Nothing was imported."
        }
        // The error itself is for the log: its text means nothing to the person importing.
        else {
            message =
                "Something went wrong, so nothing was imported. Check the file again to try once more, or ask an administrator."
        }
        app.logger.error("Import job \(jobID) failed: \(String(describing: error))")
        try? await record(jobID, app: app) { job in
            job.state = ImportJob.Status.failed
            job.problems = [message]
        }
    }
}
