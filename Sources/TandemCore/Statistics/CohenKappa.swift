import Foundation

/// Agreement between two coders beyond what chance would give (Cohen's kappa),
/// for one theme: each item is coded "has the theme" or not by both.
public enum CohenKappa {
    public struct Agreement: Sendable, Equatable {
        /// Items both coders coded.
        public let items: Int
        /// Share of those items where they made the same call.
        public let observed: Double
        /// Kappa: 1 is perfect agreement, 0 is what chance alone would give,
        /// below 0 is worse than chance. Nil when it cannot be worked out
        /// (no items, or both coders gave every item the same answer).
        public let kappa: Double?

        /// Landis and Koch's words, which teams use to talk about agreement.
        public var label: String {
            guard let kappa else { return items == 0 ? "No items coded by both" : "Cannot be worked out (no variation)" }
            switch kappa {
            case ..<0: return "Worse than chance"
            case ..<0.21: return "Slight"
            case ..<0.41: return "Fair"
            case ..<0.61: return "Moderate"
            case ..<0.81: return "Substantial"
            default: return "Almost perfect"
            }
        }
    }

    /// `pairs` holds, for each item both coded, whether each coder applied the theme.
    public static func agreement(_ pairs: [(first: Bool, second: Bool)]) -> Agreement {
        let n = Double(pairs.count)
        guard n > 0 else { return Agreement(items: 0, observed: 0, kappa: nil) }
        var both = 0.0, neither = 0.0, firstYes = 0.0, secondYes = 0.0
        for pair in pairs {
            if pair.first { firstYes += 1 }
            if pair.second { secondYes += 1 }
            if pair.first && pair.second { both += 1 }
            if !pair.first && !pair.second { neither += 1 }
        }
        let observed = (both + neither) / n
        let expected = (firstYes / n) * (secondYes / n) + ((n - firstYes) / n) * ((n - secondYes) / n)
        guard expected < 1 else { return Agreement(items: pairs.count, observed: observed, kappa: nil) }
        return Agreement(items: pairs.count, observed: observed, kappa: (observed - expected) / (1 - expected))
    }
}
