import Fluent
import Foundation
import TandemCore

/// A measure for the demo's fieldwork project: weekly hours waiting for
/// medicines, which fall after the pharmacy starts preparing them the day
/// before discharge, so the chart shows a shift that the team can then
/// recalculate the limits from.
enum DemoMeasures {
    static func create(for project: Project, today: Date, random: inout SeededGenerator, on db: any Database) async throws {
        let measure = Measure(
            projectID: try project.requireID(), name: "Hours from the decision to discharge until medicines are ready",
            unit: "hours", direction: .lowerIsBetter, target: 2,
            details: "The median for each week, from the pharmacy's dispensing records (demo data)", isDemo: true)
        try await measure.create(on: db)
        let weeks = 26, changeWeek = 16
        for week in 0..<weeks {
            let before = week < changeWeek
            let wobble = Double(random.next() % 100) / 100 - 0.5
            let value = (((before ? 4.2 : 2.7) + wobble * (before ? 1.4 : 0.9)) * 10).rounded() / 10
            let period = CalendarDate.startOfDay(today.addingTimeInterval(Double(week - weeks) * 7 * 86_400))
            try await MeasurePoint(
                measureID: measure.requireID(), period: period, value: value,
                annotation: week == changeWeek ? "Pharmacy prepares medicines the day before discharge" : "",
                startsPhase: false
            ).create(on: db)
        }
    }
}
