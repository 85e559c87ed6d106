import Fluent
import Foundation
import TandemCore

/// Checks and imports a CSV file of feedback: the web's import pages and
/// `tandem import feedback` both come here. Checking reads the whole file
/// and reports every problem row by line; importing is all or nothing, in
/// one transaction, and skips rows already imported (so the same file twice
/// imports its rows once).
enum FeedbackImporter {
    static let batchSize = 1_000
    /// Problems kept for showing; the count covers them all.
    static let problemsKept = 500

    struct Check: Sendable {
        var rows = 0
        var problems: [CSVError] = []
        var problemCount = 0
    }

    struct Outcome: Sendable {
        var imported = 0
        var duplicates = 0
    }

    /// The file's header, or the problem with it.
    static func header(path: String) throws -> [String] {
        try FeedbackFileReader.preview(path: path, rows: 0).header
    }

    /// Reads every row and lists the problems. `progress` hears the rows read so far.
    static func check(path: String, mapping: ImportMapping, progress: (Int) async -> Void = { _ in }) async throws -> Check {
        let reader = try FeedbackFileReader(path: path)
        var result = Check()
        do {
            guard let header = try reader.next(1).first else {
                return Check(rows: 0, problems: [CSVError(line: 1, reason: "the file is empty")], problemCount: 1)
            }
            while true {
                let batch = try reader.next(batchSize)
                if batch.isEmpty { break }
                for record in batch {
                    result.rows += 1
                    if case .failure(let problem) = ImportRowChecker.check(
                        record, mapping: mapping, columnCount: header.fields.count)
                    {
                        result.problemCount += 1
                        if result.problems.count < problemsKept { result.problems.append(problem) }
                    }
                }
                await progress(result.rows)
                try Task.checkCancellation()
            }
        } catch let error as CSVError {
            // The file stops making sense here; nothing after it can be read.
            result.problemCount += 1
            result.problems.append(error)
        }
        if result.rows == 0 && result.problemCount == 0 {
            result.problems.append(CSVError(line: 2, reason: "the file has a header row but no feedback under it"))
            result.problemCount = 1
        }
        return result
    }

    /// An import this large leaves the search index tidied (see `FeedbackSearchIndex.tidy`);
    /// smaller ones are not worth rewriting a large index for.
    static let tidyAfter = 10_000

    /// Imports every row of a file that has been checked, in one transaction.
    /// Any failure leaves the database as it was.
    static func run(
        path: String, mapping: ImportMapping, project: Project, scope: ConsentScope, jobID: UUID?, addedBy: UUID?,
        on db: any Database, progress: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> Outcome {
        let projectID = try project.requireID()
        return try await db.transaction { tx in
            let reader = try FeedbackFileReader(path: path)
            guard let header = try reader.next(1).first else { throw CSVError(line: 1, reason: "the file is empty") }
            var counter = DuplicateCounter()
            var outcome = Outcome()
            var read = 0
            while true {
                let batch = try reader.next(batchSize)
                if batch.isEmpty { break }
                read += batch.count
                var rows: [(ImportedRow, String)] = []
                rows.reserveCapacity(batch.count)
                for record in batch {
                    switch ImportRowChecker.check(record, mapping: mapping, columnCount: header.fields.count) {
                    case .success(let row): rows.append((row, counter.fingerprint(for: row)))
                    case .failure(let problem): throw problem
                    }
                }
                let existing = Set(
                    try await FeedbackItem.query(on: tx).filter(\.$project.$id == projectID)
                        .filter(\.$fingerprint ~~ rows.map(\.1)).all(\.$fingerprint).compactMap { $0 })
                let fresh = rows.filter { !existing.contains($0.1) }
                outcome.duplicates += rows.count - fresh.count
                outcome.imported += fresh.count
                try await EvidenceStore.add(
                    fresh.map { row, fingerprint in
                        EvidenceStore.NewItem(
                            method: .importedFeedback, sourceKind: "import", sourceID: jobID, text: row.text,
                            consentScope: scope, occurredOn: row.date, service: row.service, rating: row.rating,
                            question: row.question, fingerprint: fingerprint)
                    }, to: project, addedBy: addedBy, on: tx)
                await progress(read)
                try Task.checkCancellation()
            }
            if outcome.imported >= tidyAfter { try await FeedbackSearch.tidy(on: tx) }
            return outcome
        }
    }
}
