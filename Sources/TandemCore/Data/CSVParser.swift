/// A CSV parser (RFC 4180: commas, double quotes, quotes doubled inside
/// quoted fields, line breaks inside quoted fields) that can be fed a file a
/// piece at a time, so large files never have to be in memory at once. Every
/// record knows the line it started on, so problems can be reported by line.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
}

public struct CSVError: Error, Equatable, CustomStringConvertible, Sendable {
    public let line: Int
    public let reason: String
    public var description: String { "line \(line): \(reason)" }

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}

public struct CSVParser: Sendable {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var line = 1
    private var recordLine = 1
    private var sawByteOrderMark = false
    private var atVeryStart = true

    public init() {}

    /// Parses every record of a whole text.
    public static func records(in text: String) throws -> [CSVRecord] {
        var parser = CSVParser()
        var records = try parser.feed(Array(text.utf8))
        records += try parser.finish()
        return records
    }

    /// Feeds more bytes; returns the records completed by them.
    public mutating func feed(_ bytes: [UInt8]) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var index = 0
        // A UTF-8 byte order mark at the very start is not part of the first field.
        if atVeryStart, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        if !bytes.isEmpty { atVeryStart = false }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch state {
            case .fieldStart:
                if byte == UInt8(ascii: "\"") {
                    state = .quoted
                } else if byte == UInt8(ascii: ",") {
                    endField()
                } else if byte == UInt8(ascii: "\n") {
                    endField(); endRecord(into: &records); line += 1
                } else if byte == UInt8(ascii: "\r") {
                    continue
                } else {
                    field.append(byte); state = .unquoted
                }
            case .unquoted:
                if byte == UInt8(ascii: ",") {
                    endField()
                } else if byte == UInt8(ascii: "\n") {
                    endField(); endRecord(into: &records); line += 1
                } else if byte == UInt8(ascii: "\r") {
                    continue
                } else if byte == UInt8(ascii: "\"") {
                    throw CSVError(line: line, reason: "a double quote inside a field that does not start with one")
                } else {
                    field.append(byte)
                }
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    state = .quoteInQuoted
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            case .quoteInQuoted:
                if byte == UInt8(ascii: "\"") {
                    field.append(byte); state = .quoted
                } else if byte == UInt8(ascii: ",") {
                    endField()
                } else if byte == UInt8(ascii: "\n") {
                    endField(); endRecord(into: &records); line += 1
                } else if byte == UInt8(ascii: "\r") {
                    continue
                } else {
                    throw CSVError(line: line, reason: "text after the closing double quote of a field")
                }
            }
        }
        return records
    }

    /// Ends the input: returns the last record, or says a quoted field was never closed.
    public mutating func finish() throws -> [CSVRecord] {
        if state == .quoted {
            throw CSVError(line: recordLine, reason: "a double-quoted field that is never closed")
        }
        var records: [CSVRecord] = []
        if state != .fieldStart || !fields.isEmpty {
            endField()
            endRecord(into: &records)
        }
        return records
    }

    private mutating func endField() {
        fields.append(String(validating: field, as: UTF8.self) ?? Windows1252.decode(field))
        field.removeAll(keepingCapacity: true)
        state = .fieldStart
    }

    private mutating func endRecord(into records: inout [CSVRecord]) {
        // Blank lines are skipped.
        if !(fields.count == 1 && fields[0].isEmpty) {
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        fields.removeAll(keepingCapacity: true)
        recordLine = line + 1
    }
}

/// Spreadsheets on Windows often save CSV as Windows-1252 rather than UTF-8.
/// A field that is not valid UTF-8 is read as Windows-1252, so "£" and curly
/// quotes arrive as typed instead of as replacement characters.
enum Windows1252 {
    /// 0x80 to 0x9F, where Windows-1252 differs from Latin-1 (0 where undefined).
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var result = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            result.append(Unicode.Scalar(value == 0 ? 0xFFFD : value) ?? "?")
        }
        return String(result)
    }
}
