/// Three-way sentiment: what the Friends and Family Test coders' 1 to 5 scale
/// becomes for reporting (1-2 positive, 3 neutral or mixed, 4-5 negative).
public enum SentimentClass: String, Codable, CaseIterable, Sendable {
    case positive, neutral, negative

    public init?(fftScore: Double) {
        switch fftScore {
        case 1...2: self = .positive
        case 3: self = .neutral
        case 4...5: self = .negative
        default: return nil
        }
    }

    public var label: String {
        switch self {
        case .positive: "Positive"
        case .neutral: "Neutral or mixed"
        case .negative: "Negative"
        }
    }

    var index: Int { SentimentClass.allCases.firstIndex(of: self)! }
}

/// A sentiment with how sure the model is (0 to 1).
public struct SentimentResult: Codable, Sendable, Equatable {
    public let sentiment: SentimentClass
    public let confidence: Float
}
