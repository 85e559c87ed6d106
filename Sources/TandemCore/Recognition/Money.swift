import Foundation

/// An amount of money in pence, so sums never drift as decimals do.
public struct Pence: Comparable, Hashable, Sendable, Codable {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    public static let zero = Pence(0)
    public static func < (a: Pence, b: Pence) -> Bool { a.value < b.value }
    public static func + (a: Pence, b: Pence) -> Pence { Pence(a.value + b.value) }
    public static func - (a: Pence, b: Pence) -> Pence { Pence(a.value - b.value) }

    /// A rate for a number of units (hours, miles), rounded to the nearest penny, halves up.
    public func times(_ units: Double) -> Pence { Pence(Int((Double(value) * units).rounded(.toNearestOrAwayFromZero))) }

    /// "£11.50", "£1,234.05", "-£2.00".
    public var text: String {
        let pounds = abs(value) / 100, pennies = abs(value) % 100
        return (value < 0 ? "-" : "") + "£\(pounds.commaGrouped).\(pennies < 10 ? "0" : "")\(pennies)"
    }

    /// "11.50", as typed in a form or written in a CSV.
    public var decimal: String {
        "\(value < 0 ? "-" : "")\(abs(value) / 100).\(abs(value) % 100 < 10 ? "0" : "")\(abs(value) % 100)"
    }

    /// "11.50", "£11.50", "11.5" or "11" as pounds; nil for anything else.
    public static func parse(_ text: String) -> Pence? {
        var trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if trimmed.hasPrefix("£") { trimmed.removeFirst() }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let pounds = Int(parts[0]), pounds >= 0, pounds < 1_000_000,
            parts[0].allSatisfy(\.isNumber)
        else { return nil }
        var pennies = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let value = Int(parts[1]) else { return nil }
            pennies = parts[1].count == 1 ? value * 10 : value
        }
        return Pence(pounds * 100 + pennies)
    }
}
