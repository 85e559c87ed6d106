import Fluent
import Foundation
import NIOConcurrencyHelpers
import TandemCore
import Vapor

/// `tandem import feedback FILE --project ID`: the web import, from the command line.
struct ImportCommandGroup: AsyncCommandGroup {
    let commands: [String: any AnyAsyncCommand] = [
        "feedback": ImportFeedbackCommand(), "population": ImportPopulationCommand(),
    ]
    var help: String { "Imports data into Tandem" }
}

struct ImportFeedbackCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The CSV file of feedback, with a header row")
        var file: String

        @Option(name: "project", help: "The id of the project the feedback belongs to")
        var project: String?

        @Option(
            name: "columns",
            help:
                "Which column holds what, by header name, e.g. text=Comment,date=Date,service=Ward,rating=Score,question=Question (default: guessed from the header)"
        )
        var columns: String?

        @Option(name: "scope", help: "Who may read the comments as written: team, organisation (default) or public")
        var scope: String?

        init() {}
    }

    var help: String {
        "Checks every row of a CSV file of feedback, then imports it all or nothing. Rows already imported are skipped."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let raw = signature.project, let projectID = UUID(uuidString: raw),
            let project = try await Project.find(projectID, on: app.db)
        else {
            throw CommandFailure("--project must be the id of an existing project (it is in the project's web address)")
        }
        let path = signature.file
        guard FileManager.default.isReadableFile(atPath: path) else { throw CommandFailure("\(path): cannot read the file") }
        let scope =
            try signature.scope.map { raw in
                guard let scope = ConsentScope(rawValue: raw) else {
                    throw CommandFailure("--scope must be team, organisation or public")
                }
                return scope
            } ?? .organisation
        let header: [String]
        do { header = try FeedbackImporter.header(path: path) } catch let error as CSVError {
            throw CommandFailure("\(path) \(error.description)")
        }
        let mapping = try Self.mapping(signature.columns, header: header)
        context.console.print("Columns: \(Self.describe(mapping, header: header))")

        let start = Date()
        let checking = TerminalProgress(title: "Checking", total: nil, console: context.console)
        let check = try await FeedbackImporter.check(path: path, mapping: mapping) { await checking.show($0) }
        checking.finish(check.rows)
        guard check.problemCount == 0 else {
            var report = check.problems.prefix(50).map { "\(path) line \($0.line): \($0.reason)\n" }.joined()
            if check.problemCount > 50 { report += "... and \(check.problemCount - 50) more\n" }
            FileHandle.standardError.write(Data(report.utf8))
            throw CommandFailure(
                "Nothing was imported: \(check.problemCount) row\(check.problemCount == 1 ? " has a problem" : "s have problems"). Correct the file and run this again."
            )
        }

        let job = ImportJob(
            projectID: projectID, createdByID: nil, fileName: (path as NSString).lastPathComponent, storedName: "")
        job.consentScope = scope
        job.mapping = ImportController.encode(mapping)
        job.totalRows = check.rows
        job.state = ImportJob.Status.importing
        try await job.create(on: app.db)
        let importing = TerminalProgress(title: "Importing", total: check.rows, console: context.console)
        do {
            let outcome = try await FeedbackImporter.run(
                path: path, mapping: mapping, project: project, scope: scope, jobID: job.id,
                addedBy: nil, on: app.db
            ) { await importing.show($0) }
            importing.finish(check.rows)
            job.importedRows = outcome.imported
            job.duplicateRows = outcome.duplicates
            job.state = ImportJob.Status.done
            job.finishedAt = Date()
            try await job.save(on: app.db)
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            context.console.print(
                "Imported \(outcome.imported) rows (\(outcome.duplicates) already in Tandem, skipped; \(outcome.withoutComment) without a comment, skipped) in \(seconds) s."
            )
        } catch {
            job.state = ImportJob.Status.failed
            job.problems = [String(describing: error)]
            try? await job.save(on: app.db)
            throw CommandFailure("Nothing was imported: \(error)")
        }
    }

    /// `text=Comment,date=Date` to column numbers; the header's guess when not given.
    static func mapping(_ option: String?, header: [String]) throws -> ImportMapping {
        guard let option else {
            guard let guess = ImportMapping.guess(from: header) else {
                throw CommandFailure(
                    "Cannot tell which column holds the comments. Say with --columns text=NAME (the columns are: \(header.joined(separator: ", ")))"
                )
            }
            return guess
        }
        var columns: [String: Int] = [:]
        for pair in option.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2, ["text", "date", "service", "rating", "question"].contains(parts[0]) else {
                throw CommandFailure(
                    "--columns: '\(pair)' should be one of text, date, service, rating or question, then = and a column name")
            }
            guard let index = header.firstIndex(where: { $0.trimmed.caseInsensitiveCompare(parts[1]) == .orderedSame }) else {
                throw CommandFailure(
                    "--columns: the file has no column called '\(parts[1])' (it has: \(header.joined(separator: ", ")))")
            }
            columns[parts[0]] = index
        }
        guard let text = columns["text"] else {
            throw CommandFailure("--columns must say which column holds the comments: text=NAME")
        }
        return ImportMapping(
            text: text, date: columns["date"], service: columns["service"], rating: columns["rating"],
            question: columns["question"])
    }

    static func describe(_ mapping: ImportMapping, header: [String]) -> String {
        let parts: [(String, Int?)] = [
            ("text", mapping.text), ("date", mapping.date), ("service", mapping.service),
            ("rating", mapping.rating), ("question", mapping.question),
        ]
        return parts.compactMap { name, index in index.map { "\(name)=\(header[$0])" } }.joined(separator: ", ")
    }
}

/// Progress for a long command. On a terminal it is ConsoleKit's progress bar
/// (a loading bar while the total is unknown), redrawn in place; otherwise a
/// line on standard error every tenth of the way, so logs of scripted runs
/// stay short and readable.
final class TerminalProgress: Sendable {
    private let title: String
    private let total: Int?
    private let bar: ActivityIndicator<ProgressBar>?
    private let loading: ActivityIndicator<LoadingBar>?
    private let lastReported = NIOLockedValueBox(-1)

    init(title: String, total: Int?, console: any Console) {
        self.title = title
        self.total = total
        let isTerminal = isatty(STDOUT_FILENO) == 1
        bar = isTerminal && total != nil ? console.progressBar(title: title) : nil
        loading = isTerminal && total == nil ? console.loadingBar(title: title) : nil
        bar?.start()
        loading?.start()
    }

    func show(_ done: Int) async {
        if let bar, let total, total > 0 {
            bar.activity.currentProgress = Double(done) / Double(total)
            bar.activity.title = "\(title) \(done) of \(total) rows"
        } else if let loading {
            loading.activity.title = "\(title): \(done) rows"
        } else {
            // A line each tenth of the way, or each 50,000 rows when the total is not known yet.
            let step = total.map { $0 > 0 ? done * 10 / $0 : 10 } ?? done / 50_000
            let report = lastReported.withLockedValue { last in
                defer { last = max(last, step) }
                return step > last
            }
            if report { write(done) }
        }
    }

    func finish(_ done: Int) {
        if let bar {
            bar.activity.currentProgress = 1
            bar.activity.title = "\(title) \(done) of \(total ?? done) rows"
            bar.succeed()
        } else if let loading {
            loading.activity.title = "\(title): \(done) rows"
            loading.succeed()
        } else {
            write(done)
        }
    }

    private func write(_ done: Int) {
        let line: String
        if let total, total > 0 {
            let filled = min(30, done * 30 / total)
            line =
                "\(title) [\(String(repeating: "#", count: filled))\(String(repeating: "-", count: 30 - filled))] \(done * 100 / total)% \(done) of \(total) rows"
        } else {
            line = "\(title): \(done) rows"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
