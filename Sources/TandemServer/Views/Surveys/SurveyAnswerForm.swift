import Foundation
import Plot
import TandemCore

/// The questions of a survey as an NHS.UK form: used on the public link and
/// for typing in paper responses.
enum SurveyAnswerForm {
    static func fields(
        questions: [SurveyBuilderPage.Question], asksDemographics: Bool, hasWrittenQuestions: Bool,
        contact: SurveyResponseForm.ContactMode = .none, submission: SurveyResponseForm, errors: FormErrors
    ) -> Markup {
        .group(
            .group(
                questions.map { question in
                    let id = SurveyResponseForm.field(question.id)
                    let label = question.text + (question.required ? "" : " (optional)")
                    let hint = question.help.isEmpty ? nil : question.help
                    let options = question.options.map { FormField.Option(value: $0, label: $0) }
                    switch question.kind {
                    case .freeText:
                        return FormField.textarea(
                            id, label: label, value: submission.answer(question.id).first, error: errors[id], hint: hint,
                            maxLength: SurveyQuestionKind.writtenAnswerMaximum)
                    case .multipleChoice:
                        return FormField.checkboxes(
                            id, legend: label, options: options, selected: Set(submission.answer(question.id)),
                            error: errors[id], hint: hint ?? "Select all that apply.")
                    case .rating:
                        return FormField.radios(
                            id, legend: label, options: options, selected: submission.answer(question.id).first,
                            error: errors[id], hint: hint ?? "1 is the worst and 5 the best.", inline: true)
                    default:
                        return FormField.radios(
                            id, legend: label, options: options, selected: submission.answer(question.id).first,
                            error: errors[id], hint: hint, inline: question.kind == .yesNo)
                    }
                }),
            hasWrittenQuestions
                ? FormField.radios(
                    SurveyResponseForm.consentField, legend: "Who may read what you wrote? (optional)",
                    options: ConsentScope.allCases.reversed().map { scope in
                        .init(
                            value: scope.rawValue, label: scope.label,
                            hint: scope == .public
                                ? "Names, phone numbers and other details are removed first, and a person checks before anything is published."
                                : nil)
                    },
                    selected: submission.first(SurveyResponseForm.consentField), error: errors[SurveyResponseForm.consentField],
                    hint: "If you do not choose, only the project team will read it.", small: true) : .empty,
            contact == .none ? .empty : tellMe(contact, submission, errors: errors),
            asksDemographics ? demographics(submission, errors: errors) : .empty)
    }

    /// "Tell me what changes": closing the loop with people who answered, not only people with accounts.
    private static func tellMe(
        _ contact: SurveyResponseForm.ContactMode, _ submission: SurveyResponseForm, errors: FormErrors
    ) -> Markup {
        let ticked = submission.first(SurveyResponseForm.tellMeField) == "yes"
        return .group(
            Blocks.heading("Hear what changes (optional)", level: 2, size: "m"),
            Blocks.paragraph(
                contact == .signedIn
                    ? "We can tell you, in your Tandem inbox and by email, when something changes because of what people said in this survey. Your answers are linked to your account so you can follow them."
                    : "We can email you when something changes because of what people said in this survey. We use your email address only for that, and you can ask us to stop at any time."
            ),
            FormField.checkboxes(
                SurveyResponseForm.tellMeField, legend: "Telling you what changes",
                options: [.init(value: "yes", label: "Tell me what changes because of this survey")],
                selected: ticked ? ["yes"] : [], error: errors[SurveyResponseForm.tellMeField],
                hint: "Ticking the box is your agreement to be contacted about the changes this survey leads to.", small: true),
            contact == .byEmail
                ? .group(
                    FormField.text(
                        SurveyResponseForm.tellMeEmailField, label: "Email address",
                        value: submission.first(SurveyResponseForm.tellMeEmailField),
                        error: errors[SurveyResponseForm.tellMeEmailField], hint: "Only needed if you ticked the box.",
                        type: "email", autocomplete: "email", spellcheck: false),
                    FormField.text(
                        SurveyResponseForm.tellMeNameField, label: "Your name (optional)",
                        value: submission.first(SurveyResponseForm.tellMeNameField),
                        error: errors[SurveyResponseForm.tellMeNameField], hint: "So that we can greet you by name.",
                        autocomplete: "name"))
                : .empty)
    }

    private static func demographics(_ submission: SurveyResponseForm, errors: FormErrors) -> Markup {
        .group(
            Blocks.heading("About you (optional)", level: 2, size: "m"),
            Blocks.paragraph(
                "These questions help check that we hear from everyone. You can leave any of them blank. Answers are only ever reported as totals, and groups of fewer than 5 people are hidden."
            ),
            .group(
                EqualityMonitoring.questions.map { question in
                    FormField.radios(
                        question.id, legend: question.question,
                        options: question.options.map { option in
                            .init(value: option.value, label: option.group.map { "\($0): \(option.label)" } ?? option.label)
                        },
                        selected: submission.first(question.id), error: errors[question.id], hint: question.hint, small: true)
                }),
            FormField.checkboxes(
                SurveyResponseForm.demographicsConsentField, legend: "Keeping your answers about you",
                options: [
                    .init(value: "yes", label: "I agree that my answers about me can be kept, to check who is being heard")
                ],
                selected: submission.first(SurveyResponseForm.demographicsConsentField) == "yes" ? ["yes"] : [],
                error: errors[SurveyResponseForm.demographicsConsentField], small: true))
    }
}

enum PublicSurveyPage {
    struct Model {
        let token: String
        let title: String
        let introduction: String
        let questions: [SurveyBuilderPage.Question]
        let asksDemographics: Bool
        let closesOn: Date?
        let contact: SurveyResponseForm.ContactMode
        let submission: SurveyResponseForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.title, context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading(model.title),
                    model.introduction.isEmpty ? .empty : Blocks.lead(model.introduction),
                    model.closesOn.map {
                        Blocks.paragraph("This survey closes at the end of \(CalendarDate.long($0)).", classes: "nhsuk-body-s")
                    } ?? .empty,
                    postForm(
                        action: SiteURL.publicSurvey(.value(model.token)).path, csrf: context.csrf,
                        SurveyAnswerForm.fields(
                            questions: model.questions, asksDemographics: model.asksDemographics,
                            hasWrittenQuestions: model.questions.contains { $0.kind == .freeText },
                            contact: model.contact, submission: model.submission, errors: model.errors),
                        Buttons.submit("Send your answers")))))
    }

    static func closed(title: String, context: PageContext) -> HTML {
        Layout.page(
            title: "This survey is closed", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading("This survey is closed", caption: title),
                    Blocks.paragraph("It is no longer taking answers. Thank you for wanting to take part."),
                    .p(link("See what has changed because people spoke up", href: SiteURL.youSaidWeDidIndex.path)))))
    }

    static func thanks(title: String, context: PageContext) -> HTML {
        Layout.page(
            title: "Thank you", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    .div(
                        .class("nhsuk-card nhsuk-card--feature"),
                        .div(
                            .class("nhsuk-card__content nhsuk-card__content--feature"),
                            .h1(.class("nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m"), "Thank you"),
                            .p(.class("nhsuk-card__description"), .plain("Your answers to \"\(title)\" have been sent.")))),
                    Blocks.paragraph(
                        "Patients, carers and staff will read them together and decide what to change. Changes made because of what people said are published as \"You said, we did\"."
                    ),
                    .p(link("See what has changed so far", href: SiteURL.youSaidWeDidIndex.path)))))
    }
}

enum PaperEntryPage {
    struct Model {
        let header: ProjectHeader
        let surveyID: UUID
        let title: String
        let questions: [SurveyBuilderPage.Question]
        let asksDemographics: Bool
        let submission: SurveyResponseForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Enter a paper response", project: model.header, section: .surveys, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: model.title, href: SiteURL.survey(.value(model.surveyID)).path)],
            Blocks.inset(
                .p("Type the answers exactly as written on the paper form. You are recorded as the person who entered it.")),
            postForm(
                action: SiteURL.survey(.value(model.surveyID), .paper).path, csrf: context.csrf,
                SurveyAnswerForm.fields(
                    questions: model.questions, asksDemographics: model.asksDemographics,
                    hasWrittenQuestions: model.questions.contains { $0.kind == .freeText },
                    submission: model.submission, errors: model.errors),
                Buttons.submit("Save this response")))
    }
}
