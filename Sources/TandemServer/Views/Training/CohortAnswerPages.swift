import Foundation
import Plot
import TandemCore

/// The confidence questionnaire, before the first session or after the last.
enum TrainingQuestionnairePage {
    struct Model {
        let cohortID: UUID
        let cohortName: String
        let programmeName: String
        let stage: QuestionnaireStage
        let statements: [(id: UUID, text: String)]
        let mayAnswer: Bool
        let answeredOn: Date?
        /// When the questionnaire after the last session opens, while it is not open yet.
        let opensOn: Date?
        let form: QuestionnaireForm
        let errors: FormErrors
    }

    static let scale = [
        FormField.Option(value: "1", label: "1 - not at all confident"), FormField.Option(value: "2", label: "2"),
        FormField.Option(value: "3", label: "3"), FormField.Option(value: "4", label: "4"),
        FormField.Option(value: "5", label: "5 - very confident"),
    ]

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        let heading = "Questionnaire \(model.stage.label.lowercased())"
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "\(heading) - \(model.cohortName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.cohortName, href: SiteURL.cohort(.value(model.cohortID)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(heading, caption: "\(model.programmeName), \(model.cohortName)"),
                    body(model, context: context))))
    }

    private static func body(_ model: Model, context: PageContext) -> Markup {
        if let answeredOn = model.answeredOn {
            return Blocks.inset(
                Blocks.paragraph("You answered this questionnaire on \(CalendarDate.long(answeredOn)). Thank you."))
        }
        guard model.mayAnswer else {
            return Blocks.inset(
                Blocks.paragraph(
                    "Only the people on the cohort's teams answer the questionnaires. The cohort report shows what they said, in total."
                ))
        }
        if let opensOn = model.opensOn {
            return .div(
                .id("questionnaire"),
                Blocks.inset(
                    Blocks.paragraph(
                        "This questionnaire opens on \(CalendarDate.long(opensOn)), the cohort's last day. Come back then.")))
        }
        guard !model.statements.isEmpty else {
            return Blocks.inset(Blocks.paragraph("The programme has no statements to answer yet."))
        }
        return .group(
            Blocks.paragraph(
                "Say how confident you are about each statement. The same statements are asked before the first session and after the last, so you and the trainers can see what changed. Your answers are shown to nobody else: the report gives only totals, and only when 5 or more people answered."
            ),
            postForm(
                action: SiteURL.cohort(.value(model.cohortID), .questionnaire(.value(model.stage.rawValue))).path,
                csrf: context.csrf,
                .group(
                    model.statements.enumerated().map { index, statement in
                        let field = QuestionnaireForm.field(statement.id)
                        return FormField.radios(
                            field, legend: "\(index + 1). \(statement.text)", options: scale,
                            selected: model.form.answers[statement.id], error: model.errors[field], inline: true, small: true)
                    }),
                FormField.textarea(
                    "reflection",
                    label: model.stage == .before
                        ? "What would help you most to involve patients as equal partners? (optional)"
                        : "What will you do differently now? (optional)",
                    value: model.form.reflection, error: model.errors["reflection"], rows: 4),
                Buttons.submit("Send my answers")))
    }
}

/// The short survey after a session.
enum SessionFeedbackPage {
    struct Model {
        let cohortID: UUID
        let cohortName: String
        let programmeName: String
        let sessionID: UUID
        let sessionTitle: String
        let mayAnswer: Bool
        let given: Bool
        let form: ReactionForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors, input = model.form
        let rating = (1...5).map { FormField.Option(value: String($0), label: String($0)) }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Session \(model.sessionTitle) - \(model.cohortName)", context: context,
            breadcrumbs: [
                Crumb(title: "Training programmes", href: SiteURL.programmes.path),
                Crumb(title: model.cohortName, href: SiteURL.cohort(.value(model.cohortID)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Tell us about session \(model.sessionTitle)", caption: model.cohortName),
                    model.given
                        ? Blocks.inset(Blocks.paragraph("You have told us about this session. Thank you."))
                        : !model.mayAnswer
                            ? Blocks.inset(Blocks.paragraph("Only the people on the cohort's teams answer this survey."))
                            : postForm(
                                action: SiteURL.cohort(.value(model.cohortID), .feedback(.value(model.sessionID))).path,
                                csrf: context.csrf,
                                Blocks.paragraph("Your answers are kept without your name."),
                                FormField.radios(
                                    "usefulness", legend: "How useful was the session? (1 not at all, 5 very)", options: rating,
                                    selected: input.usefulness, error: errors["usefulness"], inline: true, small: true),
                                FormField.radios(
                                    "trainers", legend: "How well did the trainers deliver it? (1 not well, 5 very well)",
                                    options: rating, selected: input.trainers, error: errors["trainers"], inline: true,
                                    small: true),
                                FormField.textarea(
                                    "comment", label: "Anything else? (optional)", value: input.comment,
                                    error: errors["comment"], rows: 3),
                                Buttons.submit("Send")))))
    }
}
