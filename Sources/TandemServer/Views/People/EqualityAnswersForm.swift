import Foundation
import TandemCore
import Vapor

/// A person's equality monitoring answers as typed: one field per question, named by the
/// question's id. Every question is optional; an answer must be one of the question's options.
struct EqualityAnswersForm: Sendable {
    /// Answers by question id; a question missing here is not answered.
    var answers: [String: String] = [:]

    init(answers: [String: String] = [:]) { self.answers = answers }

    /// Pre-filled from the answers as saved.
    init(_ saved: EqualityAnswers?) {
        for question in EqualityMonitoring.questions { answers[question.id] = saved?[equality: question.id] }
    }

    init(decoding req: Request) throws {
        let submitted = try req.content.decode([String: String].self)
        for question in EqualityMonitoring.questions { answers[question.id] = submitted[question.id].nonBlank }
    }

    /// The answers, by question id, each one of its question's options.
    func validate() -> Result<[String: String], FormErrors> {
        var errors = FormErrors()
        for question in EqualityMonitoring.questions {
            guard let value = answers[question.id], !question.options.contains(where: { $0.value == value }) else { continue }
            errors.add(question.id, "Select one of the answers for: \(question.question)")
        }
        return errors.result { answers }
    }
}
