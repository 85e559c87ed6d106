/// Labelled Friends and Family Test comments in the format of the NHS
/// England "Patient Experience Qualitative Data Categorisation" data:
/// `id,text,question,service,rating,sentiment,pii,` then one 0/1 column per label.
public struct LabelledComment: Sendable {
    public let id: String
    public let comment: CommentInput
    public let labels: [Bool]
    public let sentiment: SentimentClass?

    public init(id: String, comment: CommentInput, labels: [Bool], sentiment: SentimentClass?) {
        self.id = id
        self.comment = comment
        self.labels = labels
        self.sentiment = sentiment
    }
}

public struct FFTDataset: Sendable {
    public static let fixedColumns = ["id", "text", "question", "service", "rating", "sentiment", "pii"]

    public let labels: [String]
    public let rows: [LabelledComment]

    /// Reads and checks a whole file. Any problem names its line.
    public static func parse(_ text: String) throws -> FFTDataset {
        let records = try CSVParser.records(in: text)
        guard let header = records.first else { throw CSVError(line: 1, reason: "the file is empty") }
        guard header.fields.count > fixedColumns.count,
            Array(header.fields.prefix(fixedColumns.count)).map({ $0.lowercased() }) == fixedColumns
        else {
            throw CSVError(
                line: header.line,
                reason: "the header must start with \(fixedColumns.joined(separator: ",")) and then one column per label")
        }
        let labels = Array(header.fields.dropFirst(fixedColumns.count))
        var rows: [LabelledComment] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                throw CSVError(line: record.line, reason: "expected \(header.fields.count) columns, found \(record.fields.count)")
            }
            let f = record.fields
            var flags: [Bool] = []
            flags.reserveCapacity(labels.count)
            for (offset, value) in f.dropFirst(fixedColumns.count).enumerated() {
                // Nearly every value is exactly "0" or "1": check those before trimming anything.
                switch value == "1" || value == "0" ? value : value.trimmed {
                case "1": flags.append(true)
                case "0", "": flags.append(false)
                default:
                    throw CSVError(line: record.line, reason: "label column '\(labels[offset])' must be 0 or 1, not '\(value)'")
                }
            }
            let sentimentText = f[5].trimmed
            var sentiment: SentimentClass?
            if !sentimentText.isEmpty {
                guard let score = Double(sentimentText), let value = SentimentClass(fftScore: score) else {
                    throw CSVError(line: record.line, reason: "sentiment must be a number from 1 to 5, not '\(sentimentText)'")
                }
                sentiment = value
            }
            let rating = f[4].trimmed
            rows.append(
                LabelledComment(
                    id: f[0],
                    comment: CommentInput(text: f[1], context: ["question": f[2], "service": f[3], "rating": rating]),
                    labels: flags, sentiment: sentiment))
        }
        return FFTDataset(labels: labels, rows: rows)
    }
}
