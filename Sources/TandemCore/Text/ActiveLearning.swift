import Foundation

/// Chooses which uncoded comments people should code next: the ones the model
/// is least sure about teach it most. Uncertainty is the sum, over themes, of
/// the binary entropy of the model's calibrated probability; comments that are
/// nearly repeats of one already chosen are moved down the list so one batch
/// covers more ground.
public enum ActiveLearning {
    public struct Ranked: Sendable, Equatable {
        public let index: Int
        public let uncertainty: Float
    }

    public static func rank(_ comments: [CommentInput], with model: ThemeModel, limit: Int? = nil) -> [Ranked] {
        let predictor = ThemeModel.Predictor(model: model)
        var scored: [(Int, Float, Set<String>)] = comments.enumerated().map { index, comment in
            let analysis = predictor.analyse(comment)
            let entropy = analysis.ranked.reduce(Float(0)) { total, theme in
                let p = min(max(theme.confidence, 1e-6), 1 - 1e-6)
                return total - p * log2(p) - (1 - p) * log2(1 - p)
            }
            return (index, entropy, Set(Tokeniser.words(comment.text)))
        }
        scored.sort { $0.1 > $1.1 }
        // Diversity: a comment whose words mostly repeat an earlier choice waits its turn.
        var chosen: [(Int, Float, Set<String>)] = []
        var deferred: [(Int, Float, Set<String>)] = []
        for candidate in scored {
            let repeatsEarlier = chosen.suffix(20).contains { earlier in
                let union = earlier.2.union(candidate.2).count
                return union > 0 && Float(earlier.2.intersection(candidate.2).count) / Float(union) > 0.8
            }
            if repeatsEarlier { deferred.append(candidate) } else { chosen.append(candidate) }
        }
        let ordered = (chosen + deferred).map { Ranked(index: $0.0, uncertainty: $0.1) }
        return limit.map { Array(ordered.prefix($0)) } ?? ordered
    }
}
