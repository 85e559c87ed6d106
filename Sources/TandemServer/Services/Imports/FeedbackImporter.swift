import Fluent
import Foundation
import TandemCore

/// Checks and imports a CSV file of feedback: the web's import pages and
/// `tandem import feedback` both come here. Checking reads the whole file, reports
/// every problem row by line, counts the rows without a comment (skipped: real
/// Friends and Family Test exports are full of ratings with no comment) and the rows
/// already in Tandem, and writes the rows that will not be imported to a CSV file the
/// person can download and correct. Importing is one transaction: all or nothing by
/// default, or every row without a problem when the person chose to skip the others.
enum FeedbackImporter {
    static let batchSize = 1_000
    /// Problems (and lines without a comment) kept for showing; the counts cover them all.
    static let problemsKept = 500

    struct Check: Sendable {
        var rows = 0
        var problems: [CSVError] = []
        var problemCount = 0
        /// Rows with no comment, skipped; the first lines kept for the page.
        var withoutComment = 0
        var withoutCommentLines: [Int] = []
        /// Rows already in Tandem from an earlier import, found before anything is imported.
        var alreadyIn = 0
        /// Rows that would be imported: neither a problem, nor without a comment, nor already in.
        var importable = 0
    }

    struct Outcome: Sendable {
        var imported = 0
        var duplicates = 0
        var withoutComment = 0
        var problemsSkipped = 0
    }

    /// The file's header, or the problem with it.
    static func header(path: String) throws -> [String] {
        try CSVFileReader.preview(path: path, rows: 0).header
    }

    /// Where the project's existing rows are looked up, to find rows already imported.
    struct ExistingRows: Sendable {
        let projectID: UUID
        let db: any Database

        func matching(_ fingerprints: [String]) async throws -> Set<String> {
            guard !fingerprints.isEmpty else { return [] }
            return Set(
                try await FeedbackItem.query(on: db).filter(\.$project.$id == projectID).filter(\.$fingerprint ~~ fingerprints)
                    .all(\.$fingerprint).compactMap { $0 })
        }
    }

    /// Reads every row and sorts it: to import, without a comment, a problem, or already in
    /// Tandem (when `existing` is given). The rows that will not be imported go to
    /// `notImportedPath` as CSV, each with its line and why. `progress` hears the rows read.
    static func check(
        path: String, mapping: ImportMapping, existing: ExistingRows? = nil, notImportedPath: String? = nil,
        progress: (Int) async -> Void = { _ in }
    ) async throws -> Check {
        let reader = try CSVFileReader(path: path)
        var result = Check()
        var notImported = try NotImportedFile(path: notImportedPath)
        defer { notImported.close() }
        func problem(_ error: CSVError, fields: [String]) throws {
            result.problemCount += 1
            if result.problems.count < problemsKept { result.problems.append(error) }
            try notImported.add(line: error.line, reason: error.reason, fields: fields)
        }
        do {
            guard let header = try reader.next(1).first else {
                return Check(rows: 0, problems: [CSVError(line: 1, reason: "the file is empty")], problemCount: 1)
            }
            try notImported.start(header: header.fields)
            var counter = DuplicateCounter()
            while true {
                let batch = try reader.next(batchSize)
                if batch.isEmpty { break }
                var fingerprints: [String] = []
                for record in batch {
                    result.rows += 1
                    switch ImportRowOutcome.of(record, mapping: mapping, columnCount: header.fields.count) {
                    case .row(let row): fingerprints.append(counter.fingerprint(for: row))
                    case .noComment(let line):
                        result.withoutComment += 1
                        if result.withoutCommentLines.count < problemsKept { result.withoutCommentLines.append(line) }
                        try notImported.add(line: line, reason: "no comment", fields: record.fields)
                    case .problem(let error): try problem(error, fields: record.fields)
                    }
                }
                let already = try await existing?.matching(fingerprints).count ?? 0
                result.alreadyIn += already
                result.importable += fingerprints.count - already
                await progress(result.rows)
                try Task.checkCancellation()
            }
        } catch let error as CSVError {
            // The file stops making sense here; nothing after it can be read.
            try problem(error, fields: [])
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

    /// Imports every row of a file that has been checked, in one transaction. Rows without
    /// a comment are skipped; a row with a problem stops the import (and any failure leaves
    /// the database as it was) unless `skipProblems`, when it is skipped too.
    static func run(
        path: String, mapping: ImportMapping, project: Project, scope: ConsentScope, skipProblems: Bool = false,
        jobID: UUID?, addedBy: UUID?, on db: any Database, progress: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> Outcome {
        let projectID = try project.requireID()
        return try await db.transaction { tx in
            let reader = try CSVFileReader(path: path)
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
                    switch ImportRowOutcome.of(record, mapping: mapping, columnCount: header.fields.count) {
                    case .row(let row): rows.append((row, counter.fingerprint(for: row)))
                    case .noComment: outcome.withoutComment += 1
                    case .problem(let problem):
                        guard skipProblems else { throw problem }
                        outcome.problemsSkipped += 1
                    }
                }
                let existing = try await ExistingRows(projectID: projectID, db: tx).matching(rows.map(\.1))
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

/// The rows of an upload that will not be imported, written as CSV while the file is
/// checked: the line, why, and the row as it was, so it can be corrected and uploaded again.
/// The file is made only when there is a first such row.
struct NotImportedFile {
    private let path: String?
    private var header: [String] = []
    private var handle: FileHandle?

    /// Nothing is written when `path` is nil. A file left by an earlier check is removed.
    init(path: String?) throws {
        self.path = path
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }

    mutating func start(header: [String]) throws { self.header = header }

    mutating func add(line: Int, reason: String, fields: [String]) throws {
        guard let path else { return }
        if handle == nil {
            FileManager.default.createFile(atPath: path, contents: nil)
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try write(CSVWriter.row(["Line", "Why it was not imported"] + header))
        }
        try write(CSVWriter.row([String(line), reason] + fields))
    }

    private func write(_ text: String) throws {
        try handle?.write(contentsOf: Data(text.utf8))
    }

    mutating func close() {
        try? handle?.close()
        handle = nil
    }
}
