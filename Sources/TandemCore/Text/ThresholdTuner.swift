/// Chooses decision thresholds from cross-validated scores.
///
/// One threshold for all labels is tuned for micro F1; then each label gets
/// its own F1-best threshold, pulled towards the shared one in proportion to
/// how little evidence it has: `t = shared + (own - shared) × n / (n + k)`,
/// with `n` the label's positive examples. Rare labels (four examples, say)
/// would otherwise get thresholds that fit their few examples and misfire on
/// new comments.
enum ThresholdTuner {
    static let never = Float.greatestFiniteMagnitude

    static func tune(scores: [[Float]], truth: [[Bool]], labelCount: Int, shrinkage: Float) -> [Float] {
        let shared =
            bestThreshold(
                count: scores.count * labelCount, score: { scores[$0 / labelCount][$0 % labelCount] },
                isTrue: { truth[$0 / labelCount][$0 % labelCount] }) ?? 0
        return concurrentMap(0..<labelCount) { label in
            let positives = Float(truth.reduce(0) { $0 + ($1[label] ? 1 : 0) })
            guard positives > 0 else { return never }
            guard let own = bestThreshold(count: scores.count, score: { scores[$0][label] }, isTrue: { truth[$0][label] })
            else { return shared }
            return shared + (own - shared) * positives / (positives + shrinkage)
        }
    }

    static func bestThreshold(pairs: [(Float, Bool)]) -> Float? {
        bestThreshold(count: pairs.count, score: { pairs[$0].0 }, isTrue: { pairs[$0].1 })
    }

    /// The threshold with the best F1 over these scores, found by sweeping a
    /// fine histogram of them from the top (4,096 bins: the threshold is within
    /// a 4,096th of the score range of the exact best). Nil when no threshold
    /// gives any true positive.
    static func bestThreshold(count: Int, score: (Int) -> Float, isTrue: (Int) -> Bool) -> Float? {
        guard count > 0 else { return nil }
        var low = Float.infinity, high = -Float.infinity
        for i in 0..<count { let s = score(i); low = min(low, s); high = max(high, s) }
        let bins = 4096
        let width = max((high - low) / Float(bins), 1e-6)
        var positives = [Int32](repeating: 0, count: bins + 1), totals = [Int32](repeating: 0, count: bins + 1)
        var totalTrue = 0
        for i in 0..<count {
            let bin = min(bins, Int((score(i) - low) / width))
            totals[bin] += 1
            if isTrue(i) { positives[bin] += 1; totalTrue += 1 }
        }
        guard totalTrue > 0 else { return nil }
        var truePositives = 0, predicted = 0
        var best: (f1: Double, bin: Int) = (0, -1)
        for bin in stride(from: bins, through: 0, by: -1) where totals[bin] > 0 {
            truePositives += Int(positives[bin])
            predicted += Int(totals[bin])
            let f1 = 2 * Double(truePositives) / Double(predicted + totalTrue)
            if f1 > best.f1 { best = (f1, bin) }
        }
        guard best.bin >= 0 else { return nil }
        // Half way between the lowest score taken and the highest left out.
        let taken = low + Float(best.bin) * width
        var next = taken - width
        for bin in stride(from: best.bin - 1, through: 0, by: -1) where totals[bin] > 0 {
            next = low + Float(bin + 1) * width
            break
        }
        return (taken + next) / 2
    }
}
