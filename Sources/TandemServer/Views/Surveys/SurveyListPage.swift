import Foundation
import Plot
import TandemCore

enum SurveyListPage {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let audience: SurveyAudience
        let status: SurveyStatus
        let responses: Int
    }

    struct Model {
        let header: ProjectHeader
        let surveys: [Row]
        let canManage: Bool
        let form: SurveyForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Surveys", project: model.header, section: .surveys, context: context, errors: model.errors,
            model.surveys.isEmpty
                ? Blocks.paragraph("No surveys yet.")
                : dataTable(
                    caption: "Surveys", captionHidden: true,
                    columns: [
                        .init(heading: "Survey"), .init(heading: "For"), .init(heading: "Status"),
                        .init(heading: "Responses", numeric: true),
                    ],
                    rows: model.surveys.map { survey in
                        [
                            link(survey.title, href: SiteURL.survey(.value(survey.id)).path), .plain(survey.audience.label),
                            SurveyView.statusTag(survey.status), .plain(String(survey.responses)),
                        ]
                    }),
            model.canManage
                ? postForm(
                    action: SiteURL.project(.value(model.header.id), .surveys).path, csrf: context.csrf,
                    Blocks.heading("Make a survey", level: 2, size: "m"),
                    FormField.text(
                        "title", label: "Title", value: model.form.title, error: model.errors["title"],
                        hint: "People answering see this, for example: Your visit to the outpatients department"),
                    FormField.radios(
                        "audience", legend: "Who is it for?",
                        options: SurveyAudience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.form.audience, error: model.errors["audience"], inline: true),
                    FormField.textarea(
                        "introduction", label: "Introduction (optional)", value: model.form.introduction,
                        hint: "Why you are asking, and what will happen with the answers.", rows: 3),
                    FormField.radios(
                        "demographics", legend: "Ask the optional questions about the person at the end?",
                        options: [
                            .init(
                                value: "yes", label: "Yes",
                                hint: "Age, sex, gender, ethnic group, disability and caring, with consent to keep them."),
                            .init(value: "no", label: "No"),
                        ],
                        selected: model.form.demographics, small: true),
                    Buttons.submit("Make survey")) : .empty)
    }
}

enum SurveyView {
    static func statusTag(_ status: SurveyStatus) -> Markup {
        switch status {
        case .draft: Blocks.tag("Draft", colour: "grey")
        case .open: Blocks.tag("Open", colour: "green")
        case .closed: Blocks.tag("Closed", colour: "blue")
        }
    }

    /// The fields for a question's kind, text, help, required and options.
    static func questionFields(_ input: QuestionForm, errors: FormErrors) -> Markup {
        .group(
            FormField.radios(
                "kind", legend: "Kind of question",
                options: SurveyQuestionKind.allCases.map { kind in
                    .init(
                        value: kind.rawValue, label: kind.label,
                        hint: kind == .friendsAndFamily
                            ? "Asks \"\(FriendsAndFamilyTest.question)\" with the standard answers." : nil)
                },
                selected: input.kind, error: errors["kind"], small: true),
            FormField.text(
                "question-text", label: "Question", value: input.text, error: errors["question-text"],
                hint: "Leave blank for the Friends and Family Test to use its standard wording."),
            FormField.text("help", label: "Help text (optional)", value: input.help),
            FormField.textarea(
                "options", label: "Answers to choose from", value: input.options, error: errors["options"],
                hint: "For \"choose one\" and \"choose any\" questions: one answer on each line.", rows: 4),
            FormField.radios(
                "required", legend: "Must people answer it?",
                options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No, it is optional")],
                selected: input.required ?? "no", inline: true))
    }
}
