/// Rows of sparse feature values (compressed sparse rows): the comments as
/// the linear models see them.
public struct SparseMatrix: Sendable {
    public private(set) var rowStart: [Int32] = [0]
    public private(set) var columns: [Int32] = []
    public private(set) var values: [Float] = []

    public init() {}

    public var rowCount: Int { rowStart.count - 1 }

    mutating func appendRow(columns newColumns: [Int32], values newValues: [Float]) {
        columns.append(contentsOf: newColumns)
        values.append(contentsOf: newValues)
        rowStart.append(Int32(columns.count))
    }

    func range(of row: Int) -> Range<Int> { Int(rowStart[row])..<Int(rowStart[row + 1]) }

    /// The squared length of a row.
    func squaredNorm(of row: Int) -> Float {
        var total: Float = 0
        for k in range(of: row) { total += values[k] * values[k] }
        return total
    }
}

/// Features that occur in one training row only, taken out of the matrix the
/// trainer reads. Such a feature's weight is always that row's dual variables
/// times its value, so its effect on the row's score is the row's dual
/// variables times the sum of its squared values: training stays exact while
/// never touching those weights (which would be a cache miss for a single use).
struct PrivateFeatures: Sendable {
    /// Per row: the sum of squared values of its private features.
    var squaredNorms: [Float]
    /// Every private feature: its row, its column and its value.
    var entries: [(row: Int32, column: Int32, value: Float)]

    /// Splits `x` into the shared part and the private features.
    static func split(_ x: SparseMatrix) -> (SparseMatrix, PrivateFeatures) {
        var counts = [Int32](repeating: 0, count: Int(x.columns.max().map { $0 + 1 } ?? 0))
        for column in x.columns { counts[Int(column)] += 1 }
        var shared = SparseMatrix()
        var norms = [Float](repeating: 0, count: x.rowCount)
        var entries: [(row: Int32, column: Int32, value: Float)] = []
        var columns: [Int32] = [], values: [Float] = []
        for row in 0..<x.rowCount {
            columns.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            for k in x.range(of: row) {
                let column = x.columns[k], value = x.values[k]
                // The intercept (column 0) is in every row, so it is never private.
                if counts[Int(column)] == 1 && column != 0 {
                    norms[row] += value * value
                    entries.append((Int32(row), column, value))
                } else {
                    columns.append(column)
                    values.append(value)
                }
            }
            shared.appendRow(columns: columns, values: values)
        }
        return (shared, PrivateFeatures(squaredNorms: norms, entries: entries))
    }
}
