import Foundation

/// A comment and what is known about it besides its words, for example which
/// Friends and Family Test question it answers, the service, and the rating.
public struct CommentInput: Sendable {
    public var text: String
    public var context: [String: String]

    public init(text: String, context: [String: String] = [:]) {
        self.text = text
        self.context = context
    }
}

/// How comments become features. The defaults were chosen by cross-validation
/// on the training data (see bench/README.md).
public struct FeatureOptions: Codable, Sendable, Equatable {
    /// Word n-grams from 1 up to this.
    public var wordNgrams = 2
    /// Character n-grams within words (padded with a space each side); 0 turns them off.
    public var charNgramMin = 2
    public var charNgramMax = 5
    public var minWordDocumentFrequency = 1
    public var minCharDocumentFrequency = 2
    /// Use 1 + log(count) rather than the raw count.
    public var sublinearTF = true
    public var charWeight: Float = 1
    public var contextWeight: Float = 1
    /// Which context fields to use (for example "question", "service", "rating").
    public var contextFields: [String] = []
    /// A context field whose value is also paired with every word ("nothing" answering
    /// "what could be improved" is praise; answering "what was good", criticism).
    public var interactionField: String? = nil
    public var interactionWeight: Float = 1

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        wordNgrams = try c.decode(Int.self, forKey: .wordNgrams)
        charNgramMin = try c.decode(Int.self, forKey: .charNgramMin)
        charNgramMax = try c.decode(Int.self, forKey: .charNgramMax)
        minWordDocumentFrequency = try c.decode(Int.self, forKey: .minWordDocumentFrequency)
        minCharDocumentFrequency = try c.decode(Int.self, forKey: .minCharDocumentFrequency)
        sublinearTF = try c.decode(Bool.self, forKey: .sublinearTF)
        charWeight = try c.decode(Float.self, forKey: .charWeight)
        contextWeight = try c.decode(Float.self, forKey: .contextWeight)
        contextFields = try c.decode([String].self, forKey: .contextFields)
        interactionField = try c.decodeIfPresent(String.self, forKey: .interactionField)
        interactionWeight = try c.decodeIfPresent(Float.self, forKey: .interactionWeight) ?? 1
    }
}

/// The features learned from training comments: which n-grams count, their
/// inverse document frequencies, and their text (for explanations).
public struct Vocabulary: Codable, Sendable {
    enum Block: UInt8, Codable { case word = 0, char = 1, context = 2, bias = 3, interaction = 4 }

    var options: FeatureOptions
    var hashes: [UInt64]
    var idf: [Float]
    var blocks: [Block]
    /// Feature texts, back to back (making a String for each while training would cost more than the training).
    var nameBytes: [UInt8]
    var nameStarts: [Int32]
    var table: FeatureTable

    /// The text of a feature: a word, "word word", "question=value", or "" for a character n-gram.
    func name(_ feature: Int) -> String {
        String(decoding: nameBytes[Int(nameStarts[feature])..<Int(nameStarts[feature + 1])], as: UTF8.self)
    }

    var names: [String] { (0..<count).map(name) }

    public var count: Int { hashes.count }

    /// Feature 0 is the constant that lets each model learn an intercept.
    static let biasIndex: Int32 = 0

    enum CodingKeys: String, CodingKey { case options, hashes, idf, blocks, names }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        options = try container.decode(FeatureOptions.self, forKey: .options)
        hashes = try container.decode([UInt64].self, forKey: .hashes)
        idf = try container.decode([Float].self, forKey: .idf)
        blocks = try container.decode([Block].self, forKey: .blocks)
        let names = try container.decode([String].self, forKey: .names)
        nameBytes = []
        nameStarts = [0]
        for name in names {
            nameBytes.append(contentsOf: name.utf8)
            nameStarts.append(Int32(nameBytes.count))
        }
        table = FeatureTable(minimumCapacity: hashes.count)
        for (index, hash) in hashes.enumerated() { table.insert(hash, Int32(index)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(options, forKey: .options)
        try container.encode(hashes, forKey: .hashes)
        try container.encode(idf, forKey: .idf)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(names, forKey: .names)
    }

    init(options: FeatureOptions, hashes: [UInt64], idf: [Float], blocks: [Block], nameBytes: [UInt8], nameStarts: [Int32]) {
        self.options = options
        self.hashes = hashes
        self.idf = idf
        self.blocks = blocks
        self.nameBytes = nameBytes
        self.nameStarts = nameStarts
        table = FeatureTable(minimumCapacity: hashes.count)
        for (index, hash) in hashes.enumerated() { table.insert(hash, Int32(index)) }
    }
}

/// Where a feature's text can be found, so names are made only when needed.
struct FeatureSource {
    enum Kind { case word, bigram, char, context, interaction }
    let kind: Kind
    /// Token index (word, bigram's first word, interaction) or context field index.
    let index: Int32
}

protocol FeatureSink {
    mutating func feature(
        _ hash: UInt64, _ block: Vocabulary.Block, _ source: FeatureSource, _ extractor: borrowing FeatureExtractor)
}

/// Finds a comment's features: words, bigrams, character n-grams of each word,
/// context fields and word × question pairs. A value type with its own scratch
/// space, so the hot loops touch only local memory.
struct FeatureExtractor {
    let options: FeatureOptions
    private var tokeniser = Tokeniser()
    private(set) var tokens = TokenBuffer()
    private var wordHashes: [UInt64] = []
    private let contextKeys: [(field: String, prefix: [UInt8])]
    private(set) var context: [String: String] = [:]

    init(options: FeatureOptions) {
        self.options = options
        contextKeys = options.contextFields.map { ($0, Array("\($0)=".utf8)) }
        wordHashes.reserveCapacity(64)
    }

    mutating func extract<Sink: FeatureSink>(_ comment: CommentInput, into sink: inout Sink) {
        tokens.removeAll()
        tokeniser.tokenise(comment.text, into: &tokens)
        wordHashes.removeAll(keepingCapacity: true)
        context = comment.context
        let count = tokens.count
        tokens.bytes.withUnsafeBufferPointer { bytes in
            tokens.starts.withUnsafeBufferPointer { starts in
                tokens.ends.withUnsafeBufferPointer { ends in
                    for index in 0..<count {
                        var h = FeatureHash.seed(.word)
                        for k in Int(starts[index])..<Int(ends[index]) { h = FeatureHash.step(h, bytes[k]) }
                        wordHashes.append(FeatureHash.finish(h))
                    }
                }
            }
        }
        for index in 0..<count {
            sink.feature(wordHashes[index], .word, FeatureSource(kind: .word, index: Int32(index)), self)
        }
        if options.wordNgrams >= 2 && count >= 2 {
            for index in 1..<count {
                sink.feature(
                    FeatureHash.combine(wordHashes[index - 1], wordHashes[index]), .word,
                    FeatureSource(kind: .bigram, index: Int32(index - 1)), self)
            }
        }
        if let field = options.interactionField, let value = comment.context[field], !value.isEmpty {
            var h = FeatureHash.seed(.interaction)
            for byte in value.utf8 { h = FeatureHash.step(h, byte) }
            for index in 0..<count {
                sink.feature(
                    FeatureHash.combine(h, wordHashes[index]), .interaction,
                    FeatureSource(kind: .interaction, index: Int32(index)), self)
            }
        }
        if options.charNgramMax > 0 {
            let minimum = options.charNgramMin, maximum = options.charNgramMax
            let seed = FeatureHash.seed(.char)
            let source = FeatureSource(kind: .char, index: 0)
            for index in 0..<count {
                let start = Int(tokens.starts[index]), end = Int(tokens.ends[index])
                // The word padded with a space each side, read without copying it.
                let length = end - start + 2
                for first in 0..<length {
                    var h = seed
                    let last = min(length, first + maximum)
                    for position in first..<last {
                        let byte = position == 0 || position == length - 1 ? 0x20 : tokens.bytes[start + position - 1]
                        h = FeatureHash.step(h, byte)
                        if position - first + 1 >= minimum { sink.feature(FeatureHash.finish(h), .char, source, self) }
                    }
                }
            }
        }
        for (index, key) in contextKeys.enumerated() {
            guard let value = comment.context[key.field], !value.isEmpty else { continue }
            var h = FeatureHash.seed(.context)
            for byte in key.prefix { h = FeatureHash.step(h, byte) }
            for byte in value.utf8 { h = FeatureHash.step(h, byte) }
            sink.feature(FeatureHash.finish(h), .context, FeatureSource(kind: .context, index: Int32(index)), self)
        }
    }

    /// Appends the text of a feature to `bytes`, for explanations. Character
    /// n-grams are not named: explanations show words.
    func appendName(of source: FeatureSource, to bytes: inout [UInt8]) {
        func token(_ index: Int) { bytes.append(contentsOf: tokens.bytes[Int(tokens.starts[index])..<Int(tokens.ends[index])]) }
        switch source.kind {
        case .word: token(Int(source.index))
        case .bigram:
            token(Int(source.index))
            bytes.append(0x20)
            token(Int(source.index) + 1)
        case .char: break
        case .interaction, .context: bytes.append(contentsOf: name(of: source).utf8)
        }
    }

    func name(of source: FeatureSource) -> String {
        switch source.kind {
        case .word: return tokens.string(at: Int(source.index))
        case .bigram: return tokens.string(at: Int(source.index)) + " " + tokens.string(at: Int(source.index) + 1)
        case .char: return ""
        case .interaction:
            let field = options.interactionField ?? ""
            return "\(field)=\(context[field] ?? "") & " + tokens.string(at: Int(source.index))
        case .context:
            let field = contextKeys[Int(source.index)].field
            return "\(field)=\(context[field] ?? "")"
        }
    }
}

/// Builds one feature row: counts repeats, weights by IDF, scales each block to length 1.
struct RowBuilder {
    /// The row position of each feature while a row is being built, or -1.
    private var positionOf: [Int32] = []
    var columns: [Int32] = []
    var values: [Float] = []

    mutating func begin(featureCount: Int) {
        if positionOf.count != featureCount { positionOf = [Int32](repeating: -1, count: featureCount) }
        columns.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        columns.append(Vocabulary.biasIndex)
        values.append(1)
    }

    @inline(__always)
    mutating func count(_ feature: Int32) {
        let position = positionOf[Int(feature)]
        if position >= 0 {
            values[Int(position)] += 1
        } else {
            positionOf[Int(feature)] = Int32(columns.count)
            columns.append(feature)
            values.append(1)
        }
    }

    mutating func finish(_ vocabulary: Vocabulary) {
        let options = vocabulary.options
        var squared: (word: Float, char: Float, interaction: Float) = (0, 0, 0)
        vocabulary.blocks.withUnsafeBufferPointer { blocks in
            vocabulary.idf.withUnsafeBufferPointer { idf in
                for k in 1..<columns.count {
                    let feature = Int(columns[k])
                    positionOf[feature] = -1
                    let block = blocks[feature]
                    if block == .context { values[k] = options.contextWeight; continue }
                    let count = values[k]
                    let tf = count == 1 ? 1 : (options.sublinearTF ? 1 + log(count) : count)
                    let value = tf * idf[feature]
                    values[k] = value
                    switch block {
                    case .word: squared.word += value * value
                    case .char: squared.char += value * value
                    case .interaction: squared.interaction += value * value
                    default: break
                    }
                }
                let wordScale = squared.word > 0 ? 1 / squared.word.squareRoot() : 0
                let charScale = squared.char > 0 ? options.charWeight / squared.char.squareRoot() : 0
                let interactionScale = squared.interaction > 0 ? options.interactionWeight / squared.interaction.squareRoot() : 0
                for k in 1..<columns.count {
                    switch blocks[Int(columns[k])] {
                    case .word: values[k] *= wordScale
                    case .char: values[k] *= charScale
                    case .interaction: values[k] *= interactionScale
                    default: break
                    }
                }
            }
        }
    }
}

/// Turns comments into TF-IDF feature rows. Holds scratch space, so use one
/// vectoriser per thread.
public final class Vectoriser {
    public let options: FeatureOptions
    private var extractor: FeatureExtractor
    private var builder = RowBuilder()
    /// How many words the last comment given to `row(for:)` had.
    public private(set) var lastWordCount = 0

    public init(options: FeatureOptions) {
        self.options = options
        extractor = FeatureExtractor(options: options)
    }

    // MARK: learning the vocabulary

    /// Collects every feature occurrence of the training comments, counting document frequencies.
    private struct FitSink: FeatureSink {
        var ids = FeatureTable(minimumCapacity: 1 << 16)
        var documentFrequency: [Int32] = []
        var lastDocument: [Int32] = []
        var blocks: [Vocabulary.Block] = []
        var hashes: [UInt64] = []
        var nameBytes: [UInt8] = []
        var nameStarts: [Int32] = []
        var nameEnds: [Int32] = []
        var occurrences: [Int32] = []
        var document: Int32 = 0

        mutating func feature(
            _ hash: UInt64, _ block: Vocabulary.Block, _ source: FeatureSource,
            _ extractor: borrowing FeatureExtractor
        ) {
            let (id, inserted) = ids.findOrInsert(hash, initial: Int32(hashes.count))
            if inserted {
                documentFrequency.append(0)
                lastDocument.append(-1)
                blocks.append(block)
                hashes.append(hash)
                nameStarts.append(Int32(nameBytes.count))
                if block != .char { extractor.appendName(of: source, to: &nameBytes) }
                nameEnds.append(Int32(nameBytes.count))
            }
            let index = Int(id)
            if lastDocument[index] != document {
                lastDocument[index] = document
                documentFrequency[index] += 1
            }
            occurrences.append(id)
        }
    }

    /// Learns the vocabulary from training comments and returns it with the comments' feature rows.
    public func fit(_ comments: [CommentInput]) -> (Vocabulary, SparseMatrix) {
        var sink = FitSink()
        var documentStarts: [Int] = []
        documentStarts.reserveCapacity(comments.count + 1)
        for (index, comment) in comments.enumerated() {
            documentStarts.append(sink.occurrences.count)
            sink.document = Int32(index)
            extractor.extract(comment, into: &sink)
        }
        documentStarts.append(sink.occurrences.count)

        // Keep features seen often enough. Number them most frequent first, so the
        // weights used most often sit together in memory; ties in a stable order.
        var kept: [Int] = []
        for id in sink.hashes.indices {
            let minimum =
                switch sink.blocks[id] {
                case .char: options.minCharDocumentFrequency
                case .word, .interaction: options.minWordDocumentFrequency
                default: 1
                }
            if Int(sink.documentFrequency[id]) >= minimum { kept.append(id) }
        }
        kept.sort { (-sink.documentFrequency[$0], sink.hashes[$0]) < (-sink.documentFrequency[$1], sink.hashes[$1]) }
        let n = Float(comments.count)
        var newIndex = [Int32](repeating: -1, count: sink.hashes.count)
        var hashes: [UInt64] = [FeatureHash.hash([UInt8](), .bias)]
        var idf: [Float] = [1]
        var blocks: [Vocabulary.Block] = [.bias]
        var nameBytes = Array("(intercept)".utf8)
        var nameStarts: [Int32] = [0, Int32(nameBytes.count)]
        nameBytes.reserveCapacity(sink.nameBytes.count)
        for id in kept {
            newIndex[id] = Int32(hashes.count)
            hashes.append(sink.hashes[id])
            blocks.append(sink.blocks[id])
            nameBytes.append(contentsOf: sink.nameBytes[Int(sink.nameStarts[id])..<Int(sink.nameEnds[id])])
            nameStarts.append(Int32(nameBytes.count))
            let df = Float(sink.documentFrequency[id])
            idf.append(sink.blocks[id] == .context ? 1 : log((1 + n) / (1 + df)) + 1)
        }
        let vocabulary = Vocabulary(
            options: options, hashes: hashes, idf: idf, blocks: blocks,
            nameBytes: nameBytes, nameStarts: nameStarts)

        // The training rows, from the occurrences already collected: no second tokenisation.
        var matrix = SparseMatrix()
        for document in comments.indices {
            builder.begin(featureCount: vocabulary.count)
            for k in documentStarts[document]..<documentStarts[document + 1] {
                let feature = newIndex[Int(sink.occurrences[k])]
                if feature >= 0 { builder.count(feature) }
            }
            builder.finish(vocabulary)
            matrix.appendRow(columns: builder.columns, values: builder.values)
        }
        return (vocabulary, matrix)
    }

    // MARK: features for comments

    public func transform(_ comments: [CommentInput], with vocabulary: Vocabulary) -> SparseMatrix {
        var matrix = SparseMatrix()
        var columns: [Int32] = [], values: [Float] = []
        for comment in comments {
            row(for: comment, with: vocabulary, columns: &columns, values: &values)
            matrix.appendRow(columns: columns, values: values)
        }
        return matrix
    }

    private struct LookupSink: FeatureSink {
        let table: FeatureTable
        var builder: RowBuilder

        @inline(__always)
        mutating func feature(
            _ hash: UInt64, _ block: Vocabulary.Block, _ source: FeatureSource,
            _ extractor: borrowing FeatureExtractor
        ) {
            let index = table.find(hash)
            if index >= 0 { builder.count(index) }
        }
    }

    /// The feature row of one comment: counted, weighted by IDF, each block scaled to length 1.
    public func row(for comment: CommentInput, with vocabulary: Vocabulary, columns: inout [Int32], values: inout [Float]) {
        builder.begin(featureCount: vocabulary.count)
        var sink = LookupSink(table: vocabulary.table, builder: builder)
        builder = RowBuilder()  // hand the scratch space to the sink rather than share it
        extractor.extract(comment, into: &sink)
        lastWordCount = extractor.tokens.count
        sink.builder.finish(vocabulary)
        builder = sink.builder
        swap(&columns, &builder.columns)
        swap(&values, &builder.values)
    }
}
