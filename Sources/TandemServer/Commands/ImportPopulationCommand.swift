import Fluent
import Foundation
import TandemCore
import Vapor

/// `tandem import population FILE.csv`: one of NHS Digital's "Patients Registered at a GP
/// Practice" files, read whole (with a progress bar), then kept for the practices Tandem knows.
struct ImportPopulationCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "gp-reg-pat-prac-sing-age-male.csv, -female.csv or gp-reg-pat-prac-quin-age.csv")
        var file: String

        init() {}
    }

    var help: String {
        "Imports the registered patients of each GP practice by age and sex from an NHS Digital file; a file with a problem imports nothing."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let path = signature.file
        guard FileManager.default.isReadableFile(atPath: path) else { throw CommandFailure("\(path): cannot read the file") }
        let start = Date()
        let reading = TerminalProgress(title: "Reading", total: nil, console: context.console)
        let read: (PopulationReader, rows: Int)
        do {
            read = try await PopulationImport.read(path: path) { await reading.show($0) }
        } catch let problem as PopulationReader.Problem {
            throw CommandFailure("Nothing was imported. \(path) \(problem.description)")
        } catch let error as CSVError {
            throw CommandFailure("Nothing was imported. \(path) \(error.description)")
        }
        reading.finish(read.rows)
        let outcome = try await PopulationImport.save(read.0, rows: read.rows, on: app.db)
        let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
        let dates = outcome.extractDates.map(CalendarDate.long).joined(separator: ", ")
        context.console.print(
            "Read \(outcome.rows) rows (\(outcome.skippedRows) totals and non-practice rows skipped), extract date \(dates), in \(seconds) s."
        )
        context.console.print(
            "Imported \(outcome.imported.count) practice\(outcome.imported.count == 1 ? "" : "s") known to Tandem.")
        if !outcome.unknown.isEmpty {
            let shown = outcome.unknown.prefix(20).joined(separator: ", ")
            context.console.print(
                "\(outcome.unknown.count) practice code\(outcome.unknown.count == 1 ? " is" : "s are") not a GP practice in Tandem, so not imported: \(shown)\(outcome.unknown.count > 20 ? " ..." : "")"
            )
        }
    }
}
