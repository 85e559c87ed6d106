import Foundation

/// Round values for a chart's axis: steps of 1, 2 or 5 times a power of ten, from a
/// round number at or below the lowest value to one at or above the highest.
public struct AxisScale: Sendable, Equatable {
    public let low: Double
    public let high: Double
    public let step: Double

    /// - Parameter ticks: about how many labelled values the axis should have.
    public init(covering minimum: Double, _ maximum: Double, ticks: Int = 5) {
        var (lo, hi) = (min(minimum, maximum), max(minimum, maximum))
        if hi - lo < 1e-9 {
            // A flat series: a step around the value so it sits mid-axis.
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = (lo - pad, hi + pad)
        }
        let rough = (hi - lo) / Double(max(ticks - 1, 1))
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough * 0.999 } ?? 10 * magnitude
        self.step = step
        low = floor(lo / step + 1e-9) * step
        high = ceil(hi / step - 1e-9) * step
    }

    /// The labelled values, low to high.
    public var values: [Double] {
        let count = Int(((high - low) / step).rounded())
        return (0...count).map { low + Double($0) * step }
    }

    /// A tick as written on the axis: as many decimals as the step needs, no more.
    public func label(_ value: Double) -> String {
        let decimals = max(0, Int(ceil(-log10(step) - 1e-9)))
        let text = String(format: "%.\(decimals)f", abs(value) < step / 1e6 ? 0 : value)
        guard let number = Double(text), decimals == 0, abs(number) >= 1_000 else { return text }
        return Int(number).commaGrouped
    }
}
