/// Splits patient comments into normalised word tokens.
///
/// Real comments are messy: curly apostrophes, "wasnt" without one, "sooo
/// good", "waited 3hrs", "at 10:30". The rules, in order:
/// - letters and digits make words; everything else separates them;
/// - lower case throughout (Unicode-aware);
/// - letters repeated more than twice are cut to two ("sooo" → "soo");
/// - contractions are opened up so negation is visible: "wasn't" and
///   "wasnt" → "was not", "can't" → "can not", "won't" → "will not",
///   "they're" → "they are", "staff's" → "staff";
/// - digits and letters stuck together are split ("3hrs" → "3 hrs");
/// - times become `<time>` ("10:30", "10.30", "3pm"), and numbers of five or
///   more digits `<longnum>` (they are usually phone or reference numbers);
/// - misspellings are left alone: the character n-grams cope with them.
///
/// Tokens are written into a reusable byte buffer so callers can hash them
/// without allocating a String per token; `words(_:)` gives Strings for
/// tests and display. A `Tokeniser` value holds scratch space: keep one per
/// thread when tokenising many comments.
public struct TokenBuffer: Sendable {
    /// UTF-8 bytes of all tokens, back to back.
    public private(set) var bytes: [UInt8] = []
    /// Where each token starts and ends in `bytes`.
    public private(set) var starts: [Int32] = []
    public private(set) var ends: [Int32] = []

    public init() {
        bytes.reserveCapacity(512)
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
    }

    public var count: Int { starts.count }

    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ source: [UInt8], from: Int, to: Int) {
        guard to > from else { return }
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: source[from..<to])
        ends.append(Int32(bytes.count))
    }

    mutating func append(_ token: StaticString) {
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: UnsafeBufferPointer(start: token.utf8Start, count: token.utf8CodeUnitCount))
        ends.append(Int32(bytes.count))
    }

    public func string(at index: Int) -> String {
        String(decoding: bytes[Int(starts[index])..<Int(ends[index])], as: UTF8.self)
    }
}

public struct Tokeniser: Sendable {
    private var word: [UInt8] = []
    private var piece: [UInt8] = []

    public init() {
        word.reserveCapacity(64)
        piece.reserveCapacity(64)
    }

    /// The tokens of `text`, as Strings.
    public static func words(_ text: String) -> [String] {
        var tokeniser = Tokeniser()
        var buffer = TokenBuffer()
        tokeniser.tokenise(text, into: &buffer)
        return (0..<buffer.count).map { buffer.string(at: $0) }
    }

    /// Appends the tokens of `text` to `buffer` (which is not cleared first).
    public mutating func tokenise(_ text: String, into buffer: inout TokenBuffer) {
        word.removeAll(keepingCapacity: true)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if Self.isASCIILetter(byte) || Self.isDigit(byte) {
                    word.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
                    continue
                }
                if byte == 0x27, !word.isEmpty, let next = pending, Self.isLetter(next) {  // apostrophe inside a word
                    word.append(0x27)
                    continue
                }
                // "10:30" and "10.30": a separator between digits that may make a time.
                if (byte == 0x3A || byte == 0x2E), (1...2).contains(word.count), word.allSatisfy(Self.isDigit),
                    let next = pending, next.value >= 0x30, next.value <= 0x39
                {
                    word.append(0x3A)
                    continue
                }
                flush(into: &buffer)
            } else if Self.isApostrophe(scalar) {
                if !word.isEmpty, let next = pending, Self.isLetter(next) { word.append(0x27) } else { flush(into: &buffer) }
            } else if scalar.properties.isAlphabetic {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                flush(into: &buffer)
            }
        }
        flush(into: &buffer)
    }

    // MARK: one word at a time

    private mutating func flush(into buffer: inout TokenBuffer) {
        defer { word.removeAll(keepingCapacity: true) }
        guard !word.isEmpty else { return }
        if let colon = word.firstIndex(of: 0x3A) {
            if isTime(colon: colon) { buffer.append("<time>"); return }
            emitWord(from: 0, to: colon, into: &buffer)
            emitWord(from: colon + 1, to: word.count, into: &buffer)
            return
        }
        if word.count >= 3, word.count <= 4, word[word.count - 1] == 0x6D,
            word[word.count - 2] == 0x61 || word[word.count - 2] == 0x70,
            word[0..<(word.count - 2)].allSatisfy(Self.isDigit)
        {  // "3pm", "10am"
            buffer.append("<time>")
            return
        }
        emitWord(from: 0, to: word.count, into: &buffer)
    }

    private func isTime(colon: Int) -> Bool {
        (1...2).contains(colon) && word.count - colon - 1 == 2 && word[0..<colon].allSatisfy(Self.isDigit)
            && word[(colon + 1)...].allSatisfy(Self.isDigit)
    }

    /// Splits runs of digits from runs of letters: "3hrs" → "3", "hrs".
    private mutating func emitWord(from: Int, to: Int, into buffer: inout TokenBuffer) {
        guard to > from else { return }
        var start = from
        for index in (from + 1)...to {
            if index == to
                || (Self.isDigit(word[index]) != Self.isDigit(word[index - 1])
                    && word[index] != 0x27 && word[index - 1] != 0x27)
            {
                emitPiece(from: start, to: index, into: &buffer)
                start = index
            }
        }
    }

    private mutating func emitPiece(from: Int, to: Int, into buffer: inout TokenBuffer) {
        if word[from..<to].allSatisfy(Self.isDigit) {
            if to - from >= 5 { buffer.append("<longnum>") } else { buffer.append(word, from: from, to: to) }
            return
        }
        // Squeeze letters repeated more than twice; apostrophes are kept for now.
        piece.removeAll(keepingCapacity: true)
        var apostrophe = -1
        for index in from..<to {
            let byte = word[index]
            let n = piece.count
            if n >= 2, byte == piece[n - 1], byte == piece[n - 2], byte >= 0x61, byte <= 0x7A { continue }
            if byte == 0x27 {
                if apostrophe < 0 { apostrophe = piece.count }
                continue
            }
            piece.append(byte)
        }
        if apostrophe >= 0 {
            expandContraction(headLength: apostrophe, into: &buffer)
            return
        }
        // Contractions typed without the apostrophe: "wasnt", "didnt", "cant", "wont".
        let n = piece.count
        if n > 3, piece[n - 1] == 0x74, piece[n - 2] == 0x6E, let base = Self.negationBase(piece, length: n - 2) {
            if base.utf8CodeUnitCount == 0 { buffer.append(piece, from: 0, to: n - 2) } else { buffer.append(base) }
            buffer.append("not")
            return
        }
        buffer.append(piece, from: 0, to: n)
    }

    /// `piece` holds head and tail without the apostrophe; the head is its first `headLength` bytes.
    private mutating func expandContraction(headLength: Int, into buffer: inout TokenBuffer) {
        let tailLength = piece.count - headLength
        func tailIs(_ text: StaticString) -> Bool {
            tailLength == text.utf8CodeUnitCount
                && zip(piece[headLength...], UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)).allSatisfy
                { $0 == $1 }
        }
        if tailIs("t"), headLength > 1, piece[headLength - 1] == 0x6E {
            // "wasn't": head "wasn", tail "t".
            if let base = Self.irregularNegation(piece, length: headLength - 1) {
                buffer.append(base)
            } else {
                buffer.append(piece, from: 0, to: headLength - 1)
            }
            buffer.append("not")
            return
        }
        buffer.append(piece, from: 0, to: headLength)
        if tailIs("s") || tailLength == 0 { return }
        if tailIs("re") {
            buffer.append("are")
        } else if tailIs("ve") {
            buffer.append("have")
        } else if tailIs("ll") {
            buffer.append("will")
        } else if tailIs("d") {
            buffer.append("would")
        } else if tailIs("m") {
            buffer.append("am")
        } else {
            buffer.append(piece, from: headLength, to: piece.count)
        }
    }

    /// "can't" → "ca" + "n't", "won't" → "wo" + "n't", "shan't" → "sha" + "n't".
    private static func irregularNegation(_ bytes: [UInt8], length: Int) -> StaticString? {
        if matches(bytes, length, "ca") { return "can" }
        if matches(bytes, length, "wo") { return "will" }
        if matches(bytes, length, "sha") { return "shall" }
        if matches(bytes, length, "ai") { return "is" }
        return nil
    }

    /// For "xxxnt" without an apostrophe: the word before "nt" when it is a
    /// known negation ("" means the bytes themselves), or nil when it is not.
    private static func negationBase(_ bytes: [UInt8], length: Int) -> StaticString? {
        if matches(bytes, length, "ca") { return "can" }
        if matches(bytes, length, "wo") { return "will" }
        for base: StaticString in [
            "was", "were", "is", "are", "did", "do", "does", "has", "have", "had", "could",
            "would", "should", "must", "need", "might",
        ] where matches(bytes, length, base) {
            return ""
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], _ length: Int, _ text: StaticString) -> Bool {
        length == text.utf8CodeUnitCount
            && zip(bytes[0..<length], UnsafeBufferPointer(start: text.utf8Start, count: length)).allSatisfy { $0 == $1 }
    }

    // MARK: characters

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
    }

    @inline(__always) private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
    }

    @inline(__always) private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(UInt8(scalar.value)) : scalar.properties.isAlphabetic
    }
}
