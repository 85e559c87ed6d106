import Foundation

/// Turns decision scores into confidences people can read as "how likely".
enum Calibration {
    /// Platt scaling: P(theme | margin) = 1 / (1 + exp(-(a × margin + b))), with
    /// a and b fitted to cross-validated margins by Newton's method.
    static func platt(margins scores: [[Float]], truth: [[Bool]], thresholds: [Float]) -> (slope: Float, intercept: Float) {
        var xs: [Double] = [], ys: [Double] = []
        for (row, labels) in zip(scores, truth) {
            for label in labels.indices where thresholds[label] < ThresholdTuner.never {
                xs.append(Double(row[label] - thresholds[label]))
                ys.append(labels[label] ? 1 : 0)
            }
        }
        guard !xs.isEmpty else { return (4, 0) }
        // Two parameters need nowhere near every pair: a fixed every-nth sample of at most 20,000.
        if xs.count > 20_000 {
            let stride = xs.count / 20_000 + 1
            xs = Swift.stride(from: 0, to: xs.count, by: stride).map { xs[$0] }
            ys = Swift.stride(from: 0, to: ys.count, by: stride).map { ys[$0] }
        }
        var a = 4.0, b = 0.0
        for _ in 0..<25 {
            var g0 = 0.0, g1 = 0.0, h00 = 1e-9, h01 = 0.0, h11 = 1e-9
            for (x, y) in zip(xs, ys) {
                let p = 1 / (1 + exp(-(a * x + b)))
                let r = p - y, w = p * (1 - p)
                g0 += r * x; g1 += r
                h00 += w * x * x; h01 += w * x; h11 += w
            }
            let det = h00 * h11 - h01 * h01
            guard det > 1e-12 else { break }
            let da = (h11 * g0 - h01 * g1) / det, db = (h00 * g1 - h01 * g0) / det
            a -= da; b -= db
            if abs(da) + abs(db) < 1e-6 { break }
        }
        return (Float(a), Float(b))
    }

    /// The temperature that makes softmax probabilities of the sentiment scores
    /// fit the cross-validated truth best (least log loss), from a grid.
    static func softmaxTemperature(scores: [[Float]], truth: [Int?]) -> Float {
        let pairs = zip(scores, truth).compactMap { s, t in t.map { (s, $0) } }
        guard !pairs.isEmpty else { return 1 }
        let grid: [Float] = [0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4]
        return grid.min { lossAt($0, pairs) < lossAt($1, pairs) }!
    }

    private static func lossAt(_ temperature: Float, _ pairs: [([Float], Int)]) -> Float {
        pairs.reduce(0) { total, pair in total - log(max(softmax(pair.0, temperature: temperature)[pair.1], 1e-7)) }
    }

    static func softmax(_ scores: [Float], temperature: Float) -> [Float] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp(($0 - top) / temperature) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }
}
