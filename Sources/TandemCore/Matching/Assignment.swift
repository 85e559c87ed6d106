import Foundation

/// Pairs that add up to the most: each of the `left` goes with at most one of the `right`,
/// each of the `right` takes at most its capacity, and a pair without a score (excluded) is
/// never made. Exact: the capacities become slots, a "no partner" slot of score 0 is added
/// for each of the left, and the Hungarian method (shortest augmenting paths with
/// potentials, O(n² m)) finds the assignment of the least cost, the cost being the score
/// negated. 500 PPGs take a fraction of a second.
public enum Assignment {
    /// For each left index, the right index it goes with, or nil.
    public static func best(score: [[Double?]], capacity: [Int]) -> [Int?] {
        let leftCount = score.count
        guard leftCount > 0 else { return [] }
        var slotOwner: [Int?] = []
        for (right, slots) in capacity.enumerated() { slotOwner += Array(repeating: right, count: max(0, slots)) }
        slotOwner += Array(repeating: nil, count: leftCount)
        // A pair that may not be made costs more than leaving the left without a partner ever could.
        let forbidden = 1e12
        let cost: [[Double]] = score.map { row in
            slotOwner.map { owner in owner.map { right in row[right].map { -$0 } ?? forbidden } ?? 0 }
        }
        let columns = hungarian(cost)
        return columns.enumerated().map { left, column in
            guard let right = slotOwner[column], score[left][right] != nil else { return nil }
            return right
        }
    }

    /// The least-cost assignment of every row to a different column (rows ≤ columns).
    static func hungarian(_ cost: [[Double]]) -> [Int] {
        let n = cost.count, m = cost[0].count
        var u = [Double](repeating: 0, count: n + 1), v = [Double](repeating: 0, count: m + 1)
        var p = [Int](repeating: 0, count: m + 1), way = [Int](repeating: 0, count: m + 1)
        for row in 1...n {
            p[0] = row
            var j0 = 0
            var minimum = [Double](repeating: .infinity, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Double.infinity, j1 = 0
                for j in 1...m where !used[j] {
                    let current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < minimum[j] {
                        minimum[j] = current
                        way[j] = j0
                    }
                    if minimum[j] < delta {
                        delta = minimum[j]
                        j1 = j
                    }
                }
                for j in 0...m {
                    if used[j] {
                        u[p[j]] += delta
                        v[j] -= delta
                    } else {
                        minimum[j] -= delta
                    }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var result = [Int](repeating: 0, count: n)
        for j in 1...m where p[j] != 0 { result[p[j] - 1] = j - 1 }
        return result
    }
}
