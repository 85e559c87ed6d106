import Foundation
import TandemCore
import Vapor

/// `tandem redact` (standard input to standard output) and `tandem redact evaluate --cases FILE`.
struct RedactCommandGroup: AsyncCommandGroup {
    let commands: [String: any AnyAsyncCommand] = [
        "evaluate": RedactEvaluateCommand(), "findings": RedactTextCommand(findings: true),
    ]
    var defaultCommand: (any AnyAsyncCommand)? { RedactTextCommand(findings: false) }
    var help: String { "Replaces personal data in text with markers such as [name] and [phone]" }
}

struct RedactTextCommand: AsyncCommand {
    struct Signature: CommandSignature {
        init() {}
    }

    /// Print what was found, as JSON lines, instead of the redacted text.
    let findings: Bool

    var help: String {
        findings
            ? "Reads text on standard input and writes what was found, as JSON lines"
            : "Reads text on standard input and writes it redacted on standard output"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let redactor = Redactor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        while let line = readLine(strippingNewline: true) {
            let result = redactor.redact(line)
            if findings {
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(result.redacted)
            }
        }
    }
}

struct RedactEvaluateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "cases", help: "CSV with columns text,must_remove,must_keep (| between strings)")
        var cases: String?
        @Flag(name: "verbose", help: "List every miss")
        var verbose: Bool
        init() {}
    }

    var help: String { "Measures redaction on a file of test cases and prints recall and keep rate as JSON" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.cases else { throw CommandFailure("Give --cases FILE") }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): cannot read the file") }
        let records: [CSVRecord]
        do { records = try CSVParser.records(in: String(decoding: data, as: UTF8.self)) } catch let error as CSVError {
            throw CommandFailure("\(path) \(error.description)")
        }
        guard let header = records.first, header.fields.map({ $0.lowercased() }) == ["text", "must_remove", "must_keep"] else {
            throw CommandFailure("\(path) line 1: the header must be text,must_remove,must_keep")
        }
        let redactor = Redactor()
        var removed = 0, toRemove = 0, kept = 0, toKeep = 0, cases = 0
        for record in records.dropFirst() {
            guard record.fields.count == 3 else {
                throw CommandFailure("\(path) line \(record.line): expected 3 columns, found \(record.fields.count)")
            }
            cases += 1
            let output = redactor.redact(record.fields[0]).redacted
            for item in record.fields[1].split(separator: "|").map(String.init) where !item.isEmpty {
                toRemove += 1
                if output.contains(item) {
                    if signature.verbose { context.console.print("line \(record.line): left \"\(item)\" in: \(output)") }
                } else {
                    removed += 1
                }
            }
            for item in record.fields[2].split(separator: "|").map(String.init) where !item.isEmpty {
                toKeep += 1
                if output.contains(item) {
                    kept += 1
                } else if signature.verbose {
                    context.console.print("line \(record.line): lost \"\(item)\" in: \(output)")
                }
            }
        }
        let recall = toRemove == 0 ? 1 : Double(removed) / Double(toRemove)
        let keepRate = toKeep == 0 ? 1 : Double(kept) / Double(toKeep)
        context.console.print(#"{"recall":\#(format(recall)),"keep_rate":\#(format(keepRate)),"cases":\#(cases)}"#)
    }
}
