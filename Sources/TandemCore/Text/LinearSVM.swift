import Foundation
/// One-vs-rest linear support vector machines, trained together.
///
/// Each label is an ordinary L2-regularised linear SVM with the squared hinge
/// loss, trained by dual coordinate descent (Hsieh et al. 2008, the method of
/// liblinear and of scikit-learn's LinearSVC). The difference is only in
/// bookkeeping: all labels are trained at once, eight to a SIMD vector ("lane"),
/// with the weights stored feature by feature. A comment's features are then
/// read once per pass for every label, and the arithmetic for eight labels is
/// one vector instruction.
public struct LinearSVM: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        /// Regularisation: larger fits the training data more closely.
        public var c: Float = 0.5
        public var maximumPasses = 10
        /// Stop when no dual variable's projected gradient is larger than this (liblinear uses 0.1).
        public var tolerance: Float = 0.1
        public var seed: UInt64 = 1

        public init() {}
    }

    typealias Lane = SIMD8<Float>

    /// Number of labels (lanes in use).
    public let labelCount: Int
    let groups: Int
    let featureCount: Int
    /// Weights, feature-major: `weights[feature * groups + group]` holds eight labels.
    var weights: [Lane]

    init(labelCount: Int, featureCount: Int, weights: [Lane]) {
        self.labelCount = labelCount
        self.groups = (labelCount + 7) / 8
        self.featureCount = featureCount
        self.weights = weights
    }

    /// - Parameters:
    ///   - targets: for each row, one value per label: +1 (has it), -1 (does not), 0 (unknown: ignored).
    ///   - rows: which rows of `x` to train on (cross-validation trains on subsets).
    static func train(x: SparseMatrix, targets: [[Float]], labelCount: Int, rows: [Int], options: Options) -> LinearSVM {
        let (shared, privateFeatures) = PrivateFeatures.split(x)
        return train(
            x: shared, privateFeatures: privateFeatures, targets: targets, labelCount: labelCount, rows: rows, options: options)
    }

    /// Trains on a matrix whose one-row features have been taken out (see `PrivateFeatures`).
    static func train(
        x: SparseMatrix, privateFeatures: PrivateFeatures, targets: [[Float]], labelCount: Int, rows: [Int],
        options: Options
    ) -> LinearSVM {
        // The number of lane groups is fixed at compile time in each specialisation,
        // so the inner loops unroll into straight vector code.
        switch (labelCount + 7) / 8 {
        case 1: return train(GroupCount1.self, x, privateFeatures, targets, labelCount, rows, options)
        case 2: return train(GroupCount2.self, x, privateFeatures, targets, labelCount, rows, options)
        case 3: return train(GroupCount3.self, x, privateFeatures, targets, labelCount, rows, options)
        case 4: return train(GroupCount4.self, x, privateFeatures, targets, labelCount, rows, options)
        case 5: return train(GroupCount5.self, x, privateFeatures, targets, labelCount, rows, options)
        case 6: return train(GroupCount6.self, x, privateFeatures, targets, labelCount, rows, options)
        case 7: return train(GroupCount7.self, x, privateFeatures, targets, labelCount, rows, options)
        case 8: return train(GroupCount8.self, x, privateFeatures, targets, labelCount, rows, options)
        default: return train(GroupCountAny.self, x, privateFeatures, targets, labelCount, rows, options)
        }
    }

    @inline(__always)
    private static func train<G: GroupCount>(
        _: G.Type, _ x: SparseMatrix, _ privateFeatures: PrivateFeatures, _ targets: [[Float]],
        _ labelCount: Int, _ rows: [Int], _ options: Options
    ) -> LinearSVM {
        let groups = G.value ?? (labelCount + 7) / 8
        let featureCount = Int(max(x.columns.max() ?? 0, privateFeatures.entries.map(\.column).max() ?? 0)) + 1
        var weights = [Lane](repeating: .zero, count: featureCount * groups)
        var y = [Lane](repeating: .zero, count: rows.count * groups)
        for (position, row) in rows.enumerated() {
            for label in 0..<labelCount { y[position * groups + label / 8][label % 8] = targets[row][label] }
        }
        var alpha = [Lane](repeating: .zero, count: rows.count * groups)
        let diagonal = Lane(repeating: 1 / (2 * options.c))
        let privateNorms = rows.map { privateFeatures.squaredNorms[$0] }
        let squaredNorms = rows.map { x.squaredNorm(of: $0) + privateFeatures.squaredNorms[$0] }
        var order = Array(0..<rows.count)
        var random = SeededGenerator(seed: options.seed)
        var dot = [Lane](repeating: .zero, count: groups)
        var delta = [Lane](repeating: .zero, count: groups)

        x.columns.withUnsafeBufferPointer { columns in
            x.values.withUnsafeBufferPointer { values in
                x.rowStart.withUnsafeBufferPointer { rowStart in
                    weights.withUnsafeMutableBufferPointer { w in
                        y.withUnsafeBufferPointer { y in
                            alpha.withUnsafeMutableBufferPointer { alpha in
                                dot.withUnsafeMutableBufferPointer { dot in
                                    delta.withUnsafeMutableBufferPointer { delta in
                                        for _ in 0..<options.maximumPasses {
                                            order.shuffle(using: &random)
                                            // The largest projected gradient seen this pass, kept per lane and reduced once.
                                            var violation = Lane.zero
                                            for position in order {
                                                let row = rows[position]
                                                let start = Int(rowStart[row]), end = Int(rowStart[row + 1])
                                                // The row's private features contribute its own dual variables times their squared length.
                                                let own = Lane(repeating: privateNorms[position])
                                                for g in 0..<groups {
                                                    dot[g] = alpha[position &* groups &+ g] * y[position &* groups &+ g] * own
                                                }
                                                for k in start..<end {
                                                    let base = Int(columns[k]) &* groups
                                                    let value = Lane(repeating: values[k])
                                                    for g in 0..<groups { dot[g] += w[base &+ g] * value }
                                                }
                                                let norm = Lane(repeating: squaredNorms[position])
                                                var changed = false
                                                for g in 0..<groups {
                                                    let index = position &* groups &+ g
                                                    let target = y[index], old = alpha[index]
                                                    let gradient = target * dot[g] - 1 + diagonal * old
                                                    // Projected gradient: at the bound (alpha = 0) only a negative gradient counts.
                                                    let atBound = old .== Lane.zero
                                                    let projected = gradient.replacing(
                                                        with: Lane.zero, where: atBound .& (gradient .> Lane.zero))
                                                    let magnitude = projected.replacing(
                                                        with: -projected, where: projected .< Lane.zero
                                                    )
                                                    .replacing(with: Lane.zero, where: target .== Lane.zero)
                                                    violation = violation.replacing(
                                                        with: magnitude, where: magnitude .> violation)
                                                    var updated = old - gradient / (norm + diagonal)
                                                    updated = updated.replacing(
                                                        with: Lane.zero, where: (updated .< Lane.zero) .| (target .== Lane.zero))
                                                    alpha[index] = updated
                                                    let step = (updated - old) * target
                                                    delta[g] = step
                                                    changed = changed || any(step .!= Lane.zero)
                                                }
                                                if changed {
                                                    for k in start..<end {
                                                        let base = Int(columns[k]) &* groups
                                                        let value = Lane(repeating: values[k])
                                                        for g in 0..<groups { w[base &+ g] += delta[g] * value }
                                                    }
                                                }
                                            }
                                            if violation.max() < options.tolerance { break }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Weights of the private features, from their rows' dual variables.
        var positionOf = [Int32](repeating: -1, count: privateFeatures.squaredNorms.count)
        for (position, row) in rows.enumerated() { positionOf[row] = Int32(position) }
        for entry in privateFeatures.entries {
            let position = Int(positionOf[Int(entry.row)])
            guard position >= 0 else { continue }
            let value = Lane(repeating: entry.value)
            for g in 0..<groups {
                weights[Int(entry.column) * groups + g] = alpha[position * groups + g] * y[position * groups + g] * value
            }
        }
        return LinearSVM(labelCount: labelCount, featureCount: featureCount, weights: weights)
    }

    /// The mean of several models: predicting with it is predicting with each and averaging.
    static func average(_ models: [LinearSVM]) -> LinearSVM {
        let first = models[0]
        let count = first.weights.count
        let scale = Lane(repeating: 1 / Float(models.count))
        // Two halves on two cores: this is a few megabytes of memory traffic.
        let halves = concurrentMap(0..<2) { half -> [Lane] in
            let range = half == 0 ? 0..<(count / 2) : (count / 2)..<count
            var part = [Lane](repeating: .zero, count: range.count)
            for model in models {
                model.weights.withUnsafeBufferPointer { source in
                    for i in range { part[i - range.lowerBound] += source[i] * scale }
                }
            }
            return part
        }
        return LinearSVM(labelCount: first.labelCount, featureCount: first.featureCount, weights: halves[0] + halves[1])
    }

    /// Decision values for one row: one per label.
    func scores(columns: [Int32], values: [Float]) -> [Float] {
        var result = [Float](repeating: 0, count: groups * 8)
        scores(columns: columns, values: values, into: &result)
        return Array(result.prefix(labelCount))
    }

    /// Decision values into a reusable buffer of `groups * 8` floats.
    func scores(columns: [Int32], values: [Float], into result: inout [Float]) {
        let groups = self.groups, featureCount = self.featureCount
        weights.withUnsafeBufferPointer { w in
            result.withUnsafeMutableBufferPointer { out in
                out.withMemoryRebound(to: Lane.self) { lanes in
                    for g in 0..<groups { lanes[g] = .zero }
                    for k in 0..<columns.count {
                        let feature = Int(columns[k])
                        guard feature < featureCount else { continue }
                        let base = feature * groups, value = values[k]
                        for g in 0..<groups { lanes[g] += w[base + g] * value }
                    }
                }
            }
        }
    }

    /// Decision values for every row of a matrix (row-major: `rowCount × labelCount`).
    func scores(_ x: SparseMatrix, rows: [Int]? = nil) -> [[Float]] {
        let rows = rows ?? Array(0..<x.rowCount)
        var buffer = [Float](repeating: 0, count: groups * 8)
        return rows.map { row in
            let range = x.range(of: row)
            scores(columns: Array(x.columns[range]), values: Array(x.values[range]), into: &buffer)
            return Array(buffer.prefix(labelCount))
        }
    }

    /// The weight of one feature for one label.
    func weight(feature: Int, label: Int) -> Float {
        weights[feature * groups + label / 8][label % 8]
    }
}

/// A number of lane groups known at compile time, so loops over groups unroll.
protocol GroupCount { static var value: Int? { get } }
enum GroupCount1: GroupCount { static var value: Int? { 1 } }
enum GroupCount2: GroupCount { static var value: Int? { 2 } }
enum GroupCount3: GroupCount { static var value: Int? { 3 } }
enum GroupCount4: GroupCount { static var value: Int? { 4 } }
enum GroupCount5: GroupCount { static var value: Int? { 5 } }
enum GroupCount6: GroupCount { static var value: Int? { 6 } }
enum GroupCount7: GroupCount { static var value: Int? { 7 } }
enum GroupCount8: GroupCount { static var value: Int? { 8 } }
enum GroupCountAny: GroupCount { static var value: Int? { nil } }
