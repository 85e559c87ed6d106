import Foundation
import Testing

@testable import TandemCore

@Suite struct QRCodeTests {
    /// The worked example everyone checks against: "HELLO WORLD" as version 1-M's sixteen data codewords.
    @Test func errorCorrectionMatchesThePublishedWorkedExample() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(
            ReedSolomon.remainder(data, divisor: ReedSolomon.divisor(degree: 10))
                == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        #expect(try QRCode.encode(String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode.encode(String(repeating: "a", count: 15)).version == 2)
        let link = try QRCode.encode("https://tandem.example.org/events/8f14e45f-ceea-467a-9af0-23f1e5b4c8d2/check-in/K7Q2XW")
        #expect(link.version == 6 && link.size == 41, "86 bytes: more than version 5's 84")
        #expect(try QRCode.encode(String(repeating: "a", count: 213)).version == 10)
        #expect(throws: QRCode.Failure.tooLong(bytes: 214, maximum: 213)) {
            try QRCode.encode(String(repeating: "a", count: 214))
        }
    }

    @Test func theFormatBitsSayLevelMAndTheChosenMask() throws {
        let code = try QRCode.encode("https://tandem.example.org/check-in")
        // Read the first copy back: row 8 from the left, then column 8 upwards (skipping the timing pattern).
        var bits = 0
        for (index, (x, y)) in [
            (8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8), (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8),
            (0, 8),
        ]
        .enumerated() where code.isDark(x: x, y: y) {
            bits |= 1 << index
        }
        let format = bits ^ 0x5412
        #expect(format >> 13 == 0b00, "level M")
        #expect((format >> 10) & 0b111 == code.mask)
        // Level M with mask 0 is the published 101010000010010.
        var builder = QRCode.Builder(version: 1)
        builder.drawFormatBits(mask: 0)
        var first = 0
        for index in 0...5 where builder.modules[index * builder.size + 8] { first |= 1 << index }
        #expect(first == 0b101010000010010 & 0b111111)
    }

    @Test func theFinderPatternsAndQuietZoneAreDrawn() throws {
        let code = try QRCode.encode("Tandem")
        for (x, y) in [(0, 0), (code.size - 7, 0), (0, code.size - 7)] {
            #expect(code.isDark(x: x, y: y) && code.isDark(x: x + 6, y: y + 6) && !code.isDark(x: x + 1, y: y + 1))
            #expect(code.isDark(x: x + 3, y: y + 3), "the finder's centre")
        }
        let svg = code.svg(label: "Check-in code for Ana <Lee>")
        #expect(svg.hasPrefix("<svg") && svg.contains("viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        #expect(svg.contains("<title>Check-in code for Ana &lt;Lee></title>"))
    }
}
