import Foundation

/// An organisation's co-production profile over time: at the end of each quarter, how many of its
/// projects stood at each rung of the ladder, read from each project's dated levels (a project
/// counts from its first recorded level on).
public enum CoProductionProfile {
    public struct Quarter: Sendable, Equatable {
        /// "2026-4".
        public let key: String
        public let counts: [InvolvementLevel: Int]

        public var total: Int { counts.values.reduce(0, +) }
    }

    /// The last `count` quarters up to the one containing `today`, oldest first.
    public static func quarters(
        _ histories: [[(on: Date, level: InvolvementLevel)]], count: Int, today: Date
    ) -> [Quarter] {
        let calendar = Calendar.utc
        let (year, month, _) = CalendarDate.civil(today)
        let firstMonthOfQuarter = (month - 1) / 3 * 3 + 1
        let currentStart = calendar.date(from: DateComponents(year: year, month: firstMonthOfQuarter, day: 1))!
        return (0..<count).reversed().map { back in
            let start = calendar.date(byAdding: .month, value: -3 * back, to: currentStart)!
            // The quarter's last moment; the current quarter is read as it stands today.
            let end = min(calendar.date(byAdding: .month, value: 3, to: start)!.addingTimeInterval(-1), today)
            var counts: [InvolvementLevel: Int] = [:]
            for history in histories {
                if let level = InvolvementLadder.level(on: end, history: history) { counts[level, default: 0] += 1 }
            }
            return Quarter(key: HealthCheck.quarter(of: start), counts: counts)
        }
    }
}
