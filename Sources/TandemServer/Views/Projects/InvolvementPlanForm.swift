import Foundation
import TandemCore
import Vapor

/// The involvement plan as typed: for each step of the project, a level and who is involved.
/// Field names carry the step (`level-design`, `who-design`), so the form decodes from the
/// submitted fields rather than from fixed properties.
struct InvolvementPlanForm: Sendable {
    struct Step: Sendable, Equatable {
        var level: String?
        var who: String
    }

    /// The plan as typed, by step; a step missing here is not planned yet.
    var steps: [InvolvementStep: Step] = [:]

    static func levelField(_ step: InvolvementStep) -> String { "level-\(step.rawValue)" }
    static func whoField(_ step: InvolvementStep) -> String { "who-\(step.rawValue)" }

    init(steps: [InvolvementStep: Step] = [:]) { self.steps = steps }

    /// Pre-filled from the plan as saved.
    init(_ entries: [InvolvementPlanEntry]) {
        for entry in entries { steps[entry.step] = Step(level: entry.level.rawValue, who: entry.who) }
    }

    init(decoding req: Request) throws {
        let submitted = try req.content.decode([String: String].self)
        for step in InvolvementStep.allCases {
            steps[step] = Step(
                level: submitted[Self.levelField(step)].nonBlank, who: submitted[Self.whoField(step)].nonBlank ?? "")
        }
    }

    struct Planned: Sendable, Equatable {
        let step: InvolvementStep
        let level: InvolvementLevel
        let who: String
    }

    /// The levels typed so far that are valid, for the co-production index shown beside the form.
    var levels: [InvolvementStep: InvolvementLevel] {
        steps.compactMapValues { $0.level.flatMap(InvolvementLevel.init(rawValue:)) }
    }

    /// The planned steps, in the project's order. Above "inform", a plan must say who is involved.
    func validate() -> Result<[Planned], FormErrors> {
        var errors = FormErrors()
        var planned: [Planned] = []
        for step in InvolvementStep.allCases {
            guard let value = steps[step] else { continue }
            let name = step.label.lowercased()
            let who =
                errors.check(
                    FieldRules.optionalText(value.who, maximum: 300, name: "Who is involved"), Self.whoField(step)) ?? nil
            guard value.level != nil,
                let level = errors.check(
                    FieldRules.choice(value.level, as: InvolvementLevel.self, missing: "Select a level for \(name)"),
                    Self.levelField(step))
            else { continue }
            if level != .inform && who == nil {
                errors.add(Self.whoField(step), "Say who is involved in \(name)")
            }
            planned.append(Planned(step: step, level: level, who: who ?? ""))
        }
        return errors.result { planned }
    }
}
