import Foundation
import Plot
import TandemCore

enum SurveyEditPage {
    struct Model {
        let header: ProjectHeader
        let surveyID: UUID
        let surveyTitle: String
        let form: SurveyForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return ProjectFrame.page(
            "Change the survey's details", project: model.header, section: .surveys, context: context, errors: errors,
            extraCrumbs: [Crumb(title: model.surveyTitle, href: SiteURL.survey(.value(model.surveyID)).path)],
            postForm(
                action: SiteURL.survey(.value(model.surveyID), .edit).path, csrf: context.csrf,
                FormField.text("title", label: "Title", value: input.title, error: errors["title"]),
                FormField.radios(
                    "audience", legend: "Who is it for?",
                    options: SurveyAudience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: input.audience, error: errors["audience"], inline: true),
                FormField.textarea("introduction", label: "Introduction (optional)", value: input.introduction, rows: 3),
                FormField.date(
                    "closes", legend: "Closing date", value: input.closes, error: errors["closes"],
                    hint: "The survey takes answers until the end of this day."),
                FormField.text(
                    "invited", label: "How many people were invited? (optional)", value: input.invited, error: errors["invited"],
                    hint: "Used to show the response rate.", width: "5", inputmode: "numeric"),
                FormField.radios(
                    "demographics", legend: "Ask the optional questions about the person at the end?",
                    options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                    selected: input.demographics, inline: true),
                Buttons.submit("Save details")),
            .p(link("Cancel", href: SiteURL.survey(.value(model.surveyID)).path)))
    }
}

enum QuestionEditPage {
    struct Model {
        let header: ProjectHeader
        let surveyID: UUID
        let surveyTitle: String
        let questionID: UUID
        let input: QuestionForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Change a question", project: model.header, section: .surveys, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: model.surveyTitle, href: SiteURL.survey(.value(model.surveyID)).path)],
            postForm(
                action: SiteURL.survey(.value(model.surveyID), .editQuestion(.value(model.questionID))).path, csrf: context.csrf,
                SurveyView.questionFields(model.input, errors: model.errors),
                Buttons.submit("Save question")),
            .p(link("Cancel", href: SiteURL.survey(.value(model.surveyID)).path)))
    }
}
