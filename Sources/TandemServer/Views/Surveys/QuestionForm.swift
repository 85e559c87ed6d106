import Foundation
import TandemCore
import Vapor

/// A survey question, as typed on the survey builder and the question's edit page.
struct QuestionForm: Content, Sendable {
    var kind: String?
    var text: String?
    var help: String?
    var required: String?
    var options: String?
    var direction: String?

    // The form field is "question-text" so its id cannot clash with other fields on the builder page.
    enum CodingKeys: String, CodingKey {
        case kind, help, required, options, direction
        case text = "question-text"
    }

    struct Valid: Sendable {
        let kind: SurveyQuestionKind
        let text: String
        let help: String
        let required: Bool
        let options: [String]
    }

    func validate() -> Result<Valid, FormErrors> {
        let input = self
        var errors = FormErrors()
        let kind = input.kind.nonBlank.flatMap(SurveyQuestionKind.init(rawValue:))
        if kind == nil { errors.add("kind", "Select the kind of question") }
        var text = input.text.nonBlank
        if kind == .friendsAndFamily && text == nil { text = FriendsAndFamilyTest.question }
        if text == nil {
            errors.add("question-text", "Enter the question")
        } else if text!.count > 500 {
            errors.add("question-text", "The question must be 500 characters or fewer")
        }
        let options = FieldRules.lines(input.options)
        errors.limit(input.help, "help", maximum: TextLimit.short, name: "The hint")
        if options.count > 50 || options.contains(where: { $0.count > TextLimit.title }) {
            errors.add("options", "Give up to 50 answers to choose from, each \(TextLimit.title) characters or fewer")
        }
        if kind?.needsOptions == true {
            if options.count < 2 { errors.add("options", "Enter at least two answers to choose from, one on each line") }
            if Set(options).count != options.count { errors.add("options", "Each answer to choose from must be different") }
        }
        guard errors.isEmpty, let kind, let text else { return .failure(errors) }
        return .success(
            Valid(
                kind: kind, text: text, help: input.help.nonBlank ?? "", required: input.required == "yes",
                options: kind.needsOptions ? options : []))
    }
}
