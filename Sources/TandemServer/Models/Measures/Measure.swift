import Fluent
import Foundation
import TandemCore

/// Something a project counts over time to see whether a change made a
/// difference, shown as an SPC chart (for example "days from decision to
/// discharge medicines ready").
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Measure: Model, @unchecked Sendable {
    static let schema = "measures"

    // identity and references
    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    // data
    @Field(key: "name") var name: String
    @Field(key: "unit") var unit: String
    @Field(key: "direction") var direction: ImprovementDirection
    @OptionalField(key: "target") var target: Double?
    @Field(key: "description") var details: String
    @Field(key: "is_demo") var isDemo: Bool
    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(
        projectID: UUID, name: String, unit: String, direction: ImprovementDirection, target: Double?, details: String,
        isDemo: Bool = false
    ) {
        self.$project.id = projectID
        self.name = name
        self.unit = unit
        self.direction = direction
        self.target = target
        self.details = details
        self.isDemo = isDemo
        self.createdAt = Date()
    }
}

/// One value of a measure for one period, with an optional note of what
/// happened then; a point may start a recalculation of the limits.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class MeasurePoint: Model, @unchecked Sendable {
    static let schema = "measure_points"

    @ID(key: .id) var id: UUID?
    @Parent(key: "measure_id") var measure: Measure
    @Field(key: "period") var period: Date
    @Field(key: "value") var value: Double
    @Field(key: "annotation") var annotation: String
    @Field(key: "starts_phase") var startsPhase: Bool

    init() {}

    init(measureID: UUID, period: Date, value: Double, annotation: String = "", startsPhase: Bool = false) {
        self.$measure.id = measureID
        self.period = period
        self.value = value
        self.annotation = annotation
        self.startsPhase = startsPhase
    }
}

extension Measure: ProjectOwned {
    static var routeParameter: RouteParameter { .measure }
    static var projectKey: ProjectKey<Measure> { \.$project }
}
