import Fluent
import Foundation
import TandemCore

/// NHS Digital's "Patients Registered at a GP Practice" files into Tandem: read whole first
/// (a malformed row stops the read and names its line, so nothing is imported), then each
/// practice's counts kept by extract date, matched by ODS code. Practices Tandem does not know
/// are listed, never guessed. Used by `tandem import population` and the coordinators' upload page.
enum PopulationImport {
    struct Outcome: Sendable {
        let rows: Int
        let skippedRows: Int
        let detail: AgeDetail
        let extractDates: [Date]
        let imported: [String]
        /// Practice codes in the file that are not GP practices in Tandem.
        let unknown: [String]
    }

    /// Reads the file a piece at a time, reporting the rows read.
    static func read(path: String, progress: (Int) async -> Void = { _ in }) async throws -> (PopulationReader, rows: Int) {
        let file = try CSVFileReader(path: path)
        guard let header = try file.next(1).first else {
            throw PopulationReader.Problem(line: 0, reason: "The file is empty.")
        }
        var reader = try PopulationReader(header: header.fields)
        var rows = 0
        while true {
            let batch = try file.next(20_000)
            if batch.isEmpty { break }
            for record in batch where !(record.fields.count == 1 && record.fields[0].isEmpty) {
                try reader.read(record.fields, line: record.line)
                rows += 1
            }
            await progress(rows)
        }
        guard !reader.practices.isEmpty else {
            throw PopulationReader.Problem(line: 0, reason: "The file holds no GP practice's patients.")
        }
        return (reader, rows)
    }

    /// Keeps what was read for the practices Tandem knows, in one transaction.
    static func save(_ reader: PopulationReader, rows: Int, on db: any Database) async throws -> Outcome {
        let practices = try await Organisation.query(on: db).filter(\.$kind == .gpPractice).filter(\.$odsCode != nil).all()
        let byCode = Dictionary(
            practices.compactMap { org in org.odsCode.map { ($0.uppercased(), org) } }, uniquingKeysWith: { a, _ in a })
        let codes = reader.practices.keys.sorted()
        let imported = codes.filter { byCode[$0] != nil }
        try await db.transaction { db in
            for code in imported {
                guard let practice = byCode[code], let population = reader.practices[code] else { continue }
                let practiceID = practice.savedID
                let row =
                    try await RegisteredPopulation.query(on: db).filter(\.$practice.$id == practiceID)
                    .filter(\.$extractDate == population.extractDate).first()
                    ?? RegisteredPopulation(
                        practiceID: practiceID, extractDate: population.extractDate, detail: population.detail)
                row.merge(population)
                try await row.save(on: db)
                if let postcode = population.postcode, practice.postcode != postcode {
                    practice.postcode = postcode
                    try await practice.save(
                        .notAudited(because: "the practice's postcode from NHS Digital's registration file"), on: db)
                }
                try await PPGHealthChecks.refresh(practiceID: practiceID, on: db)
            }
        }
        return Outcome(
            rows: rows, skippedRows: reader.skippedRows, detail: reader.detail,
            extractDates: Set(reader.practices.values.map(\.extractDate)).sorted(), imported: imported,
            unknown: codes.filter { byCode[$0] == nil })
    }
}
