import Fluent
import Foundation
import TandemCore

/// For one step of a project: how involved patients and carers will be, and who.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class InvolvementPlanEntry: Model, @unchecked Sendable {
    static let schema = "involvement_plan_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "step") var step: InvolvementStep
    @Field(key: "level") var level: InvolvementLevel
    @Field(key: "who") var who: String

    init() {}

    init(projectID: UUID, step: InvolvementStep, level: InvolvementLevel, who: String) {
        self.$project.id = projectID
        self.step = step
        self.level = level
        self.who = who
    }

    /// The level planned for each step, as the co-production index reads it.
    static func levels(_ entries: [InvolvementPlanEntry]) -> [InvolvementStep: InvolvementLevel] {
        levels(entries.map { ($0.step.rawValue, $0.level.rawValue) })
    }

    /// The same from the stored step and level names (pages that read them with plain SQL).
    static func levels(_ stored: [(step: String, level: String)]) -> [InvolvementStep: InvolvementLevel] {
        var levels: [InvolvementStep: InvolvementLevel] = [:]
        for (step, level) in stored {
            if let step = InvolvementStep(rawValue: step), let level = InvolvementLevel(rawValue: level) { levels[step] = level }
        }
        return levels
    }
}
