import Foundation
import TandemCore

/// Reads a CSV file (feedback, registered populations) a piece at a time (64 KB), handing out its
/// records in batches, so a 200,000-row file is never in memory at once.
final class CSVFileReader {
    static let chunkSize = 64 * 1024

    private let handle: FileHandle
    private var parser = CSVParser()
    private var ready: [CSVRecord] = []
    private var readyIndex = 0
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError(line: 0, reason: "the file cannot be read")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// Up to `limit` records; empty when the file is finished. Throws the
    /// parser's error (with its line) when the file is not valid CSV.
    func next(_ limit: Int) throws -> [CSVRecord] {
        var batch: [CSVRecord] = []
        batch.reserveCapacity(min(limit, 4_096))
        while batch.count < limit {
            if readyIndex < ready.count {
                let take = min(limit - batch.count, ready.count - readyIndex)
                batch += ready[readyIndex..<(readyIndex + take)]
                readyIndex += take
                continue
            }
            guard !atEnd else { break }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if data.isEmpty {
                atEnd = true
                ready = try parser.finish()
            } else {
                ready = try parser.feed([UInt8](data))
            }
        }
        return batch
    }

    /// The header row and the first few records, for the mapping preview.
    static func preview(path: String, rows: Int = 5) throws -> (header: [String], rows: [CSVRecord]) {
        let reader = try CSVFileReader(path: path)
        guard let header = try reader.next(1).first else { throw CSVError(line: 1, reason: "the file is empty") }
        return (header.fields, try reader.next(rows))
    }
}
