import Foundation

/// Reads a flat JSON object of names to strings or whole numbers (`{"pcn":"met","practice":44}`),
/// as Tandem keeps a health check's outcomes and a self-assessment's scores, without a general
/// JSON decoder: the ICB view reads a hundred of them a page, and the decoder was a large part
/// of its time. Anything else (nesting, escapes, other values) answers nil, and the caller uses
/// a general decoder instead.
public enum FlatJSON {
    /// A flat JSON array of strings (`["Stroke","Young carer"]`), as SQLite keeps a list column;
    /// nil for anything else (escapes included), for the general decoder.
    public static func strings(_ text: String) -> [String]? {
        var bytes = Array(text.utf8)[...]
        var result: [String] = []
        func skipSpace() {
            while let byte = bytes.first, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { bytes.removeFirst() }
        }
        func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard bytes.first == byte else { return false }
            bytes.removeFirst()
            return true
        }
        guard expect(0x5B) else { return nil }
        if expect(0x5D) { skipSpace(); return bytes.isEmpty ? result : nil }
        while true {
            guard expect(0x22), let end = bytes.firstIndex(of: 0x22) else { return nil }
            let content = bytes[bytes.startIndex..<end]
            guard !content.contains(0x5C) else { return nil }
            result.append(String(decoding: content, as: UTF8.self))
            bytes = bytes[(end + 1)...]
            if expect(0x2C) { continue }
            guard expect(0x5D) else { return nil }
            skipSpace()
            return bytes.isEmpty ? result : nil
        }
    }

    public static func object(_ text: String) -> [String: String]? {
        var bytes = Array(text.utf8)[...]
        var result: [String: String] = [:]
        func skipSpace() {
            while let byte = bytes.first, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { bytes.removeFirst() }
        }
        func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard bytes.first == byte else { return false }
            bytes.removeFirst()
            return true
        }
        func string() -> String? {
            guard expect(0x22) else { return nil }
            guard let end = bytes.firstIndex(of: 0x22) else { return nil }
            let content = bytes[bytes.startIndex..<end]
            guard !content.contains(0x5C) else { return nil }  // an escape: leave it to the general decoder
            bytes = bytes[(end + 1)...]
            return String(decoding: content, as: UTF8.self)
        }
        func number() -> String? {
            skipSpace()
            let digits = bytes.prefix { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            guard !digits.isEmpty else { return nil }
            bytes = bytes.dropFirst(digits.count)
            return String(decoding: digits, as: UTF8.self)
        }
        guard expect(0x7B) else { return nil }
        if expect(0x7D) { skipSpace(); return bytes.isEmpty ? result : nil }
        while true {
            guard let key = string(), expect(0x3A) else { return nil }
            skipSpace()
            guard let value = bytes.first == 0x22 ? string() : number() else { return nil }
            result[key] = value
            if expect(0x2C) { continue }
            guard expect(0x7D) else { return nil }
            skipSpace()
            return bytes.isEmpty ? result : nil
        }
    }
}
