/// The scores used to compare classifiers, defined as scikit-learn defines them.
public enum ClassificationMetrics {
    /// F1 over all (comment, label) decisions together.
    public static func microF1(truth: [[Bool]], predicted: [[Bool]]) -> Double {
        var tp = 0, fp = 0, fn = 0
        for (t, p) in zip(truth, predicted) {
            for (a, b) in zip(t, p) {
                if a && b { tp += 1 } else if b { fp += 1 } else if a { fn += 1 }
            }
        }
        return f1(tp: tp, fp: fp, fn: fn)
    }

    /// The mean of each label's F1, over labels with at least `minimumPositives` true rows.
    public static func macroF1(truth: [[Bool]], predicted: [[Bool]], minimumPositives: Int = 5) -> Double {
        guard let labelCount = truth.first?.count else { return 0 }
        var scores: [Double] = []
        for label in 0..<labelCount {
            var tp = 0, fp = 0, fn = 0
            for (t, p) in zip(truth, predicted) {
                if t[label] && p[label] { tp += 1 } else if p[label] { fp += 1 } else if t[label] { fn += 1 }
            }
            if tp + fn >= minimumPositives { scores.append(f1(tp: tp, fp: fp, fn: fn)) }
        }
        return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }

    /// The mean over comments of each comment's F1 between its true and predicted labels.
    public static func samplesF1(truth: [[Bool]], predicted: [[Bool]]) -> Double {
        guard !truth.isEmpty else { return 0 }
        var total = 0.0
        for (t, p) in zip(truth, predicted) {
            var tp = 0, fp = 0, fn = 0
            for (a, b) in zip(t, p) { if a && b { tp += 1 } else if b { fp += 1 } else if a { fn += 1 } }
            total += f1(tp: tp, fp: fp, fn: fn)
        }
        return total / Double(truth.count)
    }

    public static func accuracy<T: Equatable>(truth: [T], predicted: [T]) -> Double {
        guard !truth.isEmpty else { return 0 }
        return Double(zip(truth, predicted).filter { $0 == $1 }.count) / Double(truth.count)
    }

    /// Mean F1 over the classes that occur in the truth or the predictions.
    public static func macroF1<T: Hashable>(truth: [T], predicted: [T]) -> Double {
        let classes = Set(truth).union(predicted)
        guard !classes.isEmpty else { return 0 }
        let scores = classes.map { c -> Double in
            var tp = 0, fp = 0, fn = 0
            for (t, p) in zip(truth, predicted) {
                if t == c && p == c { tp += 1 } else if p == c { fp += 1 } else if t == c { fn += 1 }
            }
            return f1(tp: tp, fp: fp, fn: fn)
        }
        return scores.reduce(0, +) / Double(scores.count)
    }

    static func f1(tp: Int, fp: Int, fn: Int) -> Double {
        let denominator = 2 * tp + fp + fn
        return denominator == 0 ? 0 : 2 * Double(tp) / Double(denominator)
    }
}
