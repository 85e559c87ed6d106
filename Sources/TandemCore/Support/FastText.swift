import Foundation

extension UUID {
    /// The UUID in lower case ("b17a8218-4a81-…"), as links and form values
    /// write it. Written out by hand: `uuidString` formats through `snprintf`,
    /// and a page of evidence writes dozens of links.
    public var lowercasedString: String {
        let bytes = uuid
        return withUnsafeBytes(of: bytes) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                var index = 0
                for (position, byte) in raw.enumerated() {
                    if position == 4 || position == 6 || position == 8 || position == 10 {
                        out[index] = UInt8(ascii: "-")
                        index += 1
                    }
                    out[index] = hexDigits[Int(byte >> 4)]
                    out[index + 1] = hexDigits[Int(byte & 0x0f)]
                    index += 2
                }
                return index
            }
        }
    }
}

private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

extension Sequence<UInt8> {
    /// The bytes in lower-case hexadecimal ("0fa3…"), as a session token's hash
    /// is kept; `String(format: "%02x")` per byte cost more than the hashing.
    public var lowercaseHex: String {
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Int {
    /// The number with commas between thousands ("100,313"), as pages show
    /// counts; the same as `formatted()` in English without going through ICU.
    public var commaGrouped: String {
        let digits = String(magnitude)
        guard digits.utf8.count > 3 else { return self < 0 ? "-" + digits : digits }
        var result = self < 0 ? "-" : ""
        let lead = digits.utf8.count % 3
        for (index, character) in digits.enumerated() {
            if index > 0 && (index - lead) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
