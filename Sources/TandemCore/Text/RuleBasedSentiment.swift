import Foundation

/// Sentiment without training data: a small lexicon of words people use about
/// care, with negation ("not helpful") turning a word round for the next few
/// words. Mixed comments (clear praise and clear criticism) come out neutral
/// or mixed. Used until enough comments have been coded to train a model.
public enum RuleBasedSentiment {
    static let positive: Set<String> = [
        "good", "great", "excellent", "kind", "caring", "helpful", "friendly", "lovely", "thank", "thanks", "brilliant",
        "fantastic", "amazing", "professional", "polite", "efficient", "quick", "quickly", "clean", "happy", "pleased",
        "satisfied", "wonderful", "supportive", "reassuring", "respectful", "best", "outstanding", "perfect", "nice",
        "grateful", "compassionate", "prompt", "promptly", "attentive", "superb", "listened", "fab", "smooth", "easy",
        "welcoming", "calm", "thorough", "marvellous", "exceptional", "impressed", "love", "loved", "safe", "comfortable",
    ]
    static let negative: Set<String> = [
        "bad", "poor", "rude", "awful", "terrible", "waited", "late", "dirty", "unhelpful", "unprofessional", "ignored",
        "worse", "worst", "disappointed", "disappointing", "upset", "angry", "delay", "delayed", "lost", "wrong",
        "painful", "confused", "confusing", "difficult", "hard", "dismissive", "appalling", "shocking", "disgusting",
        "unacceptable", "cancelled", "slow", "long", "frustrating", "frustrated", "horrible", "uncomfortable", "unsafe",
        "neglected", "nobody", "never", "cold", "noisy", "incompetent", "useless", "complaint", "struggle", "struggled",
    ]
    static let negators: Set<String> = ["not", "no", "never", "nothing", "nobody", "none", "without", "hardly", "cannot"]

    public static func classify(_ text: String) -> SentimentResult {
        let words = Tokeniser.words(text)
        var positives = 0.0, negatives = 0.0
        var negatedFor = 0
        for word in words {
            if negators.contains(word) {
                // "nothing to improve", "no complaints" read as praise.
                negatedFor = 3
                continue
            }
            let isPositive = positive.contains(word), isNegative = negative.contains(word) || word == "complaints"
            if negatedFor > 0 {
                if isPositive { negatives += 1 } else if isNegative { positives += 1 }
                negatedFor -= 1
            } else {
                if isPositive { positives += 1 } else if isNegative { negatives += 1 }
            }
        }
        let total = positives + negatives
        guard total > 0 else { return SentimentResult(sentiment: .neutral, confidence: 0.4) }
        let balance = (positives - negatives) / total
        if abs(balance) < 0.34 {
            return SentimentResult(sentiment: .neutral, confidence: Float(0.4 + 0.1 * min(total, 3) / 3))
        }
        let strength = Float(min(0.9, 0.5 + 0.12 * total * abs(balance)))
        return SentimentResult(sentiment: balance > 0 ? .positive : .negative, confidence: strength)
    }
}
