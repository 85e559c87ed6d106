import Foundation
import TandemCore

/// A set of answers to a survey as typed, online by the respondent or from a paper form by a
/// volunteer. Kept as typed (every field may repeat, for questions with several answers), so a
/// form with problems comes back filled in. Questions' fields are named by the question's id.
struct SurveyResponseForm: Sendable {
    static let consentField = "quote-consent"
    static let demographicsConsentField = "keep-about-you"
    static let tellMeField = "tell-me"
    static let tellMeEmailField = "tell-me-email"
    static let tellMeNameField = "tell-me-name"

    /// How a respondent can ask to be told what changes: by email when they answer on the
    /// public link without signing in, through their account when signed in, or not at all
    /// (a paper response typed in by a volunteer).
    enum ContactMode: Sendable {
        case none, signedIn, byEmail
    }

    var values: [String: [String]] = [:]

    static func field(_ question: UUID) -> String { "q-\(question.lowercasedString)" }
    func answer(_ question: UUID) -> [String] { values[Self.field(question)] ?? [] }
    func first(_ name: String) -> String? { values[name]?.first }

    /// The questions about the person (equality monitoring), as typed.
    var aboutYou: EqualityAnswersForm {
        var answers: [String: String] = [:]
        for question in EqualityMonitoring.questions { answers[question.id] = first(question.id).nonBlank }
        return EqualityAnswersForm(answers: answers)
    }

    /// Each question's answer checked by its own rule; who may read what was written (the
    /// team unless chosen); and the answers about the person, kept only with their agreement.
    func validate(
        questions: [SurveyQuestion], asksDemographics: Bool, contact: ContactMode = .none
    ) -> Result<SurveyAnswering.Checked, FormErrors> {
        var errors = FormErrors()
        var answers: [(SurveyQuestion, [String])] = []
        for question in questions {
            guard let id = question.id else { continue }
            if let values = errors.check(question.rule.check(answer(id)), Self.field(id)) { answers.append((question, values)) }
        }
        var scope = ConsentScope.team
        if first(Self.consentField).nonBlank != nil {
            scope =
                errors.check(
                    FieldRules.choice(
                        first(Self.consentField), as: ConsentScope.self, missing: "Select who may read what you wrote"),
                    Self.consentField) ?? scope
        }
        var demographics: [String: String] = [:]
        if asksDemographics {
            switch aboutYou.validate() {
            case .success(let valid): demographics = valid
            case .failure(let problems): errors.merge(problems)
            }
            // Answers about the person are kept only with their agreement: never quietly dropped, never kept without it.
            if !demographics.isEmpty && first(Self.demographicsConsentField) != "yes" {
                errors.add(
                    Self.demographicsConsentField,
                    "To keep your answers about you, tick the box to agree. Or leave those questions blank.")
            }
        }
        var tellMe: SurveyAnswering.TellMe?
        if contact != .none && first(Self.tellMeField) == "yes" {
            if contact == .signedIn {
                tellMe = .throughAccount
            } else {
                // The box is the agreement; the address is what it needs.
                let email = errors.check(
                    FieldRules.required(
                        first(Self.tellMeEmailField), EmailAddress.self,
                        missing: "Enter your email address, so we can tell you what changes. Or untick the box."),
                    Self.tellMeEmailField)
                let name = errors.check(
                    FieldRules.optionalText(first(Self.tellMeNameField), maximum: 100, name: "Your name"), Self.tellMeNameField)
                if let email, let name { tellMe = .byEmail(email, name: name) }
            }
        }
        return errors.result {
            SurveyAnswering.Checked(answers: answers, consentScope: scope, demographics: demographics, tellMe: tellMe)
        }
    }
}
