import Foundation

/// Numbers typed into forms. Each is checked against a range before it is
/// kept, so no number from a request can overflow arithmetic later (a count
/// times a size, a value minus another) or turn into infinity in a chart.
public enum NumberField {
    /// A whole number such as "250" or "1,250", when it lies in `range`.
    public static func wholeNumber(_ raw: String, in range: ClosedRange<Int>) -> Int? {
        let text = raw.trimmed.filter { $0 != "," }
        guard !text.isEmpty, text.count <= 19, let number = Int(text), range.contains(number) else { return nil }
        return number
    }

    /// Measured values and targets are at most this large either way: enough for
    /// any count, cost or time, and small enough that differences of two stay finite.
    public static let largestMeasureValue = 1e12

    /// A measured value such as "4.5", "-2" or "95%", finite and within `largestMeasureValue`.
    public static func measureValue(_ raw: String) -> Double? {
        let text = raw.trimmed.replacingOccurrences(of: "%", with: "")
        guard text.count <= 40, let value = Double(text), value.isFinite, abs(value) <= largestMeasureValue else { return nil }
        return value
    }
}
