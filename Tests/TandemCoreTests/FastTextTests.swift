import Foundation
import TandemCore
import Testing

@Suite("UUIDs, bytes and counts written without Foundation's formatters")
struct FastTextTests {
    @Test func aLowerCaseUUIDIsWhatFoundationWrites() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(id.lowercasedString == id.uuidString.lowercased())
        }
        #expect(
            UUID(uuidString: "B17A8218-4A81-412C-BE22-8DD746235A28")!.lowercasedString == "b17a8218-4a81-412c-be22-8dd746235a28")
    }

    @Test func bytesInHexAreWhatFormattingWrites() {
        let bytes: [UInt8] = [0, 1, 0x0f, 0x10, 0x7f, 0x80, 0xab, 0xff]
        #expect(bytes.lowercaseHex == bytes.map { String(format: "%02x", $0) }.joined())
        #expect(bytes.lowercaseHex == "00010f107f80abff")
        #expect([UInt8]().lowercaseHex == "")
    }

    @Test func countsHaveCommasBetweenThousands() {
        let cases: [(Int, String)] = [
            (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (100_313, "100,313"),
            (1_234_567, "1,234,567"), (-4_500, "-4,500"), (-12, "-12"),
        ]
        for (number, text) in cases { #expect(number.commaGrouped == text) }
    }
}
