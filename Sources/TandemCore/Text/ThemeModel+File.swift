import Foundation

/// Saving and loading a trained model. The file is versioned: eight bytes
/// "TANDEMTM", a format version, a JSON header (labels, options, thresholds,
/// vocabulary), then the weights as little-endian 32-bit floats.
extension ThemeModel {
    public static let fileFormatVersion: UInt32 = 1
    static let magic = Array("TANDEMTM".utf8)

    public enum FileError: Error, CustomStringConvertible, Equatable {
        case notAModel
        case unsupportedVersion(UInt32)
        case damaged(String)

        public var description: String {
            switch self {
            case .notAModel: "This is not a Tandem theme model file"
            case .unsupportedVersion(let v):
                "This model file is format version \(v); this version of Tandem reads version \(ThemeModel.fileFormatVersion)"
            case .damaged(let detail): "The model file is damaged: \(detail)"
            }
        }
    }

    struct Header: Codable {
        let labels: [String]
        let options: TrainingOptions
        let vocabulary: Vocabulary
        let thresholds: [Float]
        let calibrationSlope: Float
        let calibrationIntercept: Float
        let sentimentTemperature: Float
        let trainingExamples: Int
        let labelCounts: [Int]
        let laneCount: Int
        let featureCount: Int
    }

    public var featureCount: Int { vocabulary.count }

    public func fileData() throws -> Data {
        let header = Header(
            labels: labels, options: options, vocabulary: vocabulary, thresholds: thresholds,
            calibrationSlope: calibration.slope, calibrationIntercept: calibration.intercept,
            sentimentTemperature: sentimentTemperature, trainingExamples: trainingExamples, labelCounts: labelCounts,
            laneCount: svm.labelCount, featureCount: svm.featureCount)
        let json = try JSONEncoder().encode(header)
        var data = Data(Self.magic)
        withUnsafeBytes(of: Self.fileFormatVersion.littleEndian) { data.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        svm.weights.withUnsafeBytes { raw in
            // Floats are little-endian on every platform Tandem runs on (x86-64 and ARM).
            data.append(contentsOf: raw)
        }
        return data
    }

    public func save(to url: URL) throws {
        try fileData().write(to: url, options: .atomic)
    }

    public static func load(from url: URL) throws -> ThemeModel {
        try load(Data(contentsOf: url))
    }

    public static func load(_ data: Data) throws -> ThemeModel {
        let bytes = [UInt8](data)
        guard bytes.count >= 20, Array(bytes[0..<8]) == magic else { throw FileError.notAModel }
        let version = bytes[8..<12].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
        guard version == fileFormatVersion else { throw FileError.unsupportedVersion(version) }
        let length = Int(bytes[12..<20].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        guard 20 + length <= bytes.count else { throw FileError.damaged("the header is cut short") }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: Data(bytes[20..<(20 + length)])) } catch {
            throw FileError.damaged("the header cannot be read")
        }
        let groups = (header.laneCount + 7) / 8
        let expected = header.featureCount * groups * 8 * MemoryLayout<Float>.size
        guard bytes.count - 20 - length == expected else { throw FileError.damaged("the weights are the wrong size") }
        var weights = [LinearSVM.Lane](repeating: .zero, count: header.featureCount * groups)
        weights.withUnsafeMutableBytes { raw in
            bytes.withUnsafeBytes { source in
                raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[(20 + length)...]))
            }
        }
        return ThemeModel(
            labels: header.labels, options: header.options, vocabulary: header.vocabulary,
            svm: LinearSVM(labelCount: header.laneCount, featureCount: header.featureCount, weights: weights),
            thresholds: header.thresholds, calibration: (header.calibrationSlope, header.calibrationIntercept),
            sentimentTemperature: header.sentimentTemperature, trainingExamples: header.trainingExamples,
            labelCounts: header.labelCounts)
    }
}
