import Foundation

/// A QR code (ISO/IEC 18004) of a short text, in byte mode at error correction level M
/// (about 15% of the symbol can be damaged), versions 1 to 10: up to 213 bytes, enough
/// for any link Tandem prints. Built the standard way: the data and its Reed-Solomon
/// error correction in blocks, interleaved, placed in the zigzag around the function
/// patterns, and the one of the eight masks with the lowest penalty applied.
public struct QRCode: Sendable, Equatable {
    public enum Failure: Error, Equatable {
        case tooLong(bytes: Int, maximum: Int)
    }

    /// Modules per side.
    public let size: Int
    public let version: Int
    public let mask: Int
    /// Row by row; true is dark.
    public let modules: [Bool]

    public static let maximumBytes = 213

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    public static func encode(_ text: String) throws -> QRCode {
        let bytes = Array(text.utf8)
        guard
            let version = (1...10).first(where: { version in
                4 + countBits(version) + 8 * bytes.count <= dataCodewords(version) * 8
            })
        else { throw Failure.tooLong(bytes: bytes.count, maximum: maximumBytes) }
        var builder = Builder(version: version)
        let codewords = interleaved(dataBits(bytes, version: version), version: version)
        builder.drawCodewords(codewords)
        var best: (mask: Int, penalty: Int, modules: [Bool]) = (0, Int.max, [])
        for mask in 0..<8 {
            var candidate = builder
            candidate.apply(mask: mask)
            candidate.drawFormatBits(mask: mask)
            let penalty = candidate.penalty()
            if penalty < best.penalty { best = (mask, penalty, candidate.modules) }
        }
        return QRCode(size: builder.size, version: version, mask: best.mask, modules: best.modules)
    }

    /// The code as an SVG drawing, with the four-module quiet zone a reader needs around it.
    public func svg(label: String) -> String {
        let side = size + 8
        var path = ""
        for y in 0..<size {
            for x in 0..<size where isDark(x: x, y: y) { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        let title = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" class=\"tandem-qr\" shape-rendering=\"crispEdges\">"
            + "<title>\(title)</title><rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }

    // MARK: the data

    /// Error correction codewords per block and number of blocks at level M, versions 1 to 10.
    static let eccPerBlock = [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
    static let blocks = [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]

    static func countBits(_ version: Int) -> Int { version < 10 ? 8 : 16 }

    /// Modules left for data and error correction once the function patterns are drawn.
    static func rawDataModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let alignments = version / 7 + 2
            result -= (25 * alignments - 10) * alignments - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCodewords(_ version: Int) -> Int {
        rawDataModules(version) / 8 - eccPerBlock[version - 1] * blocks[version - 1]
    }

    /// Byte mode, the count, the bytes, the terminator and the standard padding.
    static func dataBits(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for index in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> index) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, countBits(version))
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCodewords(version) * 8
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { ($0 << 1) | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks, adds each block's error correction and interleaves them.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let blockCount = blocks[version - 1], eccLength = eccPerBlock[version - 1]
        let raw = rawDataModules(version) / 8
        let shortBlocks = blockCount - raw % blockCount
        let shortLength = raw / blockCount
        let divisor = ReedSolomon.divisor(degree: eccLength)
        var all: [[UInt8]] = []
        var offset = 0
        for index in 0..<blockCount {
            let length = shortLength - eccLength + (index < shortBlocks ? 0 : 1)
            var block = Array(data[offset..<offset + length])
            offset += length
            let ecc = ReedSolomon.remainder(block, divisor: divisor)
            if index < shortBlocks { block.append(0) }
            all.append(block + ecc)
        }
        var result: [UInt8] = []
        for position in 0..<all[0].count {
            for (index, block) in all.enumerated() where position != shortLength - eccLength || index >= shortBlocks {
                result.append(block[position])
            }
        }
        return result
    }

    // MARK: the symbol

    struct Builder {
        let version: Int
        let size: Int
        var modules: [Bool]
        var isFunction: [Bool]

        init(version: Int) {
            self.version = version
            size = version * 4 + 17
            modules = Array(repeating: false, count: size * size)
            isFunction = Array(repeating: false, count: size * size)
            drawFunctionPatterns()
        }

        mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
            modules[y * size + x] = dark
            isFunction[y * size + x] = true
        }

        mutating func drawFunctionPatterns() {
            for index in 0..<size {
                set(6, index, index % 2 == 0)
                set(index, 6, index % 2 == 0)
            }
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                        let distance = max(abs(dx), abs(dy))
                        set(x + dx, y + dy, distance != 2 && distance != 4)
                    }
                }
            }
            let positions = Self.alignmentPositions(version: version, size: size)
            for (i, x) in positions.enumerated() {
                for (j, y) in positions.enumerated() {
                    let last = positions.count - 1
                    if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                    for dy in -2...2 { for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) } }
                }
            }
            drawFormatBits(mask: 0)
            if version >= 7 {
                var remainder = version
                for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
                let bits = version << 12 | remainder
                for index in 0..<18 {
                    let dark = (bits >> index) & 1 == 1
                    let a = size - 11 + index % 3, b = index / 3
                    set(a, b, dark)
                    set(b, a, dark)
                }
            }
        }

        static func alignmentPositions(version: Int, size: Int) -> [Int] {
            guard version > 1 else { return [] }
            let count = version / 7 + 2
            let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
            var positions = [Int]()
            var position = size - 7
            for _ in 0..<(count - 1) {
                positions.insert(position, at: 0)
                position -= step
            }
            return [6] + positions
        }

        /// The level (M is 0b00) and mask, with their BCH error correction, in both copies.
        mutating func drawFormatBits(mask: Int) {
            let data = 0b00 << 3 | mask
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
            for index in 0...5 { set(8, index, bit(index)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for index in 9..<15 { set(14 - index, 8, bit(index)) }
            for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
            for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
            set(8, size - 8, true)
        }

        /// The codewords' bits in the zigzag: two columns at a time from the right, up then down.
        mutating func drawCodewords(_ codewords: [UInt8]) {
            var bitIndex = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for column in 0..<2 {
                        let x = right - column
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        if !isFunction[y * size + x] && bitIndex < codewords.count * 8 {
                            modules[y * size + x] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                            bitIndex += 1
                        }
                    }
                }
                right -= 2
            }
        }

        mutating func apply(mask: Int) {
            for y in 0..<size {
                for x in 0..<size where !isFunction[y * size + x] {
                    let invert: Bool =
                        switch mask {
                        case 0: (x + y) % 2 == 0
                        case 1: y % 2 == 0
                        case 2: x % 3 == 0
                        case 3: (x + y) % 3 == 0
                        case 4: (x / 3 + y / 2) % 2 == 0
                        case 5: x * y % 2 + x * y % 3 == 0
                        case 6: (x * y % 2 + x * y % 3) % 2 == 0
                        default: ((x + y) % 2 + x * y % 3) % 2 == 0
                        }
                    if invert { modules[y * size + x].toggle() }
                }
            }
        }

        /// The standard's four penalty rules: long runs, 2×2 blocks, finder-like patterns, and imbalance.
        func penalty() -> Int {
            var result = 0
            func line(_ at: (Int) -> Bool) {
                var run = 1
                for index in 1..<size {
                    if at(index) == at(index - 1) {
                        run += 1
                    } else {
                        if run >= 5 { result += 3 + run - 5 }
                        run = 1
                    }
                }
                if run >= 5 { result += 3 + run - 5 }
                // 1:1:3:1:1 with four light modules on one side (outside the symbol counts as light).
                let pattern = [true, false, true, true, true, false, true]
                for start in -4..<size {
                    let matches = (0..<7).allSatisfy { offset in
                        let index = start + offset
                        return (0..<size).contains(index) && at(index) == pattern[offset]
                    }
                    guard matches else { continue }
                    func light(_ index: Int) -> Bool { !(0..<size).contains(index) || !at(index) }
                    if (1...4).allSatisfy({ light(start - $0) }) || (1...4).allSatisfy({ light(start + 6 + $0) }) {
                        result += 40
                    }
                }
            }
            for y in 0..<size { line { modules[y * size + $0] } }
            for x in 0..<size { line { modules[$0 * size + x] } }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let colour = modules[y * size + x]
                    if colour == modules[y * size + x + 1] && colour == modules[(y + 1) * size + x]
                        && colour == modules[(y + 1) * size + x + 1]
                    {
                        result += 3
                    }
                }
            }
            let dark = modules.filter { $0 }.count, total = size * size
            result += ((abs(dark * 20 - total * 10) + total - 1) / total - 1) * 10
            return result
        }
    }
}

/// Reed-Solomon error correction over GF(2^8) with the QR code's polynomial (0x11D).
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for index in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= Int((y >> index) & 1) * Int(x)
        }
        return UInt8(z)
    }

    /// The generator polynomial of the given degree, highest power first without its leading 1.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree - 1) + [1]
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<result.count {
                result[index] = multiply(result[index], root)
                if index + 1 < result.count { result[index] ^= result[index + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in 0..<result.count { result[index] ^= multiply(divisor[index], factor) }
        }
        return result
    }
}
