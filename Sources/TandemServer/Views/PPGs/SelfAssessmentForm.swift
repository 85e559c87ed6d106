import Foundation
import TandemCore
import Vapor

/// The self-assessment's answers: a level (`level-<key>`) and an optional comment
/// (`comment-<key>`) for each statement, and "what help would make the most difference".
struct SelfAssessmentForm: Sendable {
    var levels: [String: String] = [:]
    var comments: [String: String] = [:]
    var help: String?

    static func levelField(_ key: String) -> String { "level-\(key)" }
    static func commentField(_ key: String) -> String { "comment-\(key)" }

    init() {}

    /// Starts from the PPG's last answers, so a new assessment changes only what moved.
    init(_ previous: PPGAssessment?) {
        guard let previous else { return }
        levels = previous.answers.mapValues { String($0.rawValue) }
        comments = previous.comments
        help = previous.help
    }

    init(decoding req: Request, statements: [AssessmentStatement]) throws {
        let submitted = try req.content.decode([String: String].self)
        for statement in statements {
            levels[statement.key] = submitted[Self.levelField(statement.key)]
            comments[statement.key] = submitted[Self.commentField(statement.key)]
        }
        help = submitted["help"]
    }

    struct Valid: Sendable {
        let answers: [String: AssessmentLevel]
        let comments: [String: String]
        let help: String
    }

    func validate(_ statements: [AssessmentStatement]) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        var answers: [String: AssessmentLevel] = [:]
        var kept: [String: String] = [:]
        for statement in statements {
            if let level = levels[statement.key].flatMap(Int.init).flatMap(AssessmentLevel.init(rawValue:)) {
                answers[statement.key] = level
            } else {
                errors.add(Self.levelField(statement.key), "Choose how far this is in place: \(statement.text)")
            }
            if let comment = errors.check(
                FieldRules.optionalText(comments[statement.key], maximum: 1_000, name: "The comment"),
                Self.commentField(statement.key)),
                let comment
            {
                kept[statement.key] = comment
            }
        }
        let help = errors.check(
            FieldRules.optionalText(help, maximum: TextLimit.short, name: "What help would make the most difference"), "help")
        return errors.result {
            guard let help else { return nil }
            return Valid(answers: answers, comments: kept, help: help ?? "")
        }
    }
}
