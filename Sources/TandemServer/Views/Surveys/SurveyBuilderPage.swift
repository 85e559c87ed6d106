import Foundation
import Plot
import TandemCore

enum SurveyBuilderPage {
    struct Summary: Sendable {
        let id: UUID
        let title: String
        let introduction: String
        let audience: SurveyAudience
        let status: SurveyStatus
        let closesOn: Date?
        let asksDemographics: Bool
        let invited: Int?
        let responses: Int

        init(_ survey: Survey, responses: Int) {
            id = survey.savedID
            title = survey.title
            introduction = survey.introduction
            audience = survey.audience
            status = survey.status
            closesOn = survey.closesOn
            asksDemographics = survey.asksDemographics
            invited = survey.invited
            self.responses = responses
        }
    }

    struct Question: Sendable {
        let id: UUID
        let kind: SurveyQuestionKind
        let text: String
        let help: String
        let required: Bool
        let options: [String]

        init(_ question: SurveyQuestion) {
            id = question.savedID
            kind = question.kind
            text = question.text
            help = question.helpText
            required = question.required
            options = question.kind.needsOptions ? question.options : question.kind.fixedOptions
        }
    }

    struct Model {
        let header: ProjectHeader
        let survey: Summary
        let publicLink: String
        let questions: [Question]
        /// What stops the survey opening, said before anyone presses "Open".
        var openingProblems: [String] = []
        /// Closing was asked for: the page asks to confirm it.
        var confirmingClose = false
        let canManage: Bool
        let canEnterPaper: Bool
        let questionInput: QuestionForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let survey = model.survey
        let editable =
            model.canManage && SurveyRules.questionsCanChange(isOpen: survey.status == .open, responses: survey.responses)
        return ProjectFrame.page(
            survey.title, project: model.header, section: .surveys, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Surveys", href: SiteURL.project(.value(model.header.id), .surveys).path)],
            summaryList([
                SummaryRow("Status", SurveyView.statusTag(survey.status)),
                SummaryRow(
                    "For", text: survey.audience.label,
                    action: model.canManage ? (text: "Change", href: SiteURL.survey(.value(survey.id), .edit).path) : nil),
                SummaryRow(
                    "Closing date", text: survey.closesOn.map(CalendarDate.long), empty: "Not set",
                    action: model.canManage ? (text: "Change", href: SiteURL.survey(.value(survey.id), .edit).path) : nil),
                SummaryRow(
                    "Questions about the person",
                    text: survey.asksDemographics ? "Asked, with consent to keep the answers" : "Not asked"),
                SummaryRow(
                    "Responses",
                    .group(
                        .plain(
                            "\(survey.responses.commaGrouped)\(survey.invited.map { " of \($0.commaGrouped) invited" } ?? "")"),
                        " ",
                        link("See the results", href: SiteURL.survey(.value(survey.id), .results).path))),
                SummaryRow(
                    "Public link",
                    survey.status == .open
                        ? element("a", .attr("href", model.publicLink), .plain(model.publicLink))
                        : .span(.class("tandem-muted"), "Available once the survey is open")),
            ]),
            actions(model, csrf: context.csrf),
            Blocks.heading("Questions", level: 2, size: "m").withID("questions"),
            model.questions.isEmpty
                ? Blocks.paragraph("No questions yet.")
                : element(
                    "ol",
                    [.class("nhsuk-list nhsuk-list--number")]
                        + model.questions.enumerated().map { index, question in
                            element(
                                "li",
                                .strong(.plain(question.text)), .plain(question.required ? "" : " (optional)"),
                                .p(
                                    .class("nhsuk-body-s"),
                                    .plain(
                                        question.kind.label
                                            + (question.options.isEmpty ? "" : ": " + question.options.joined(separator: ", ")))),
                                editable
                                    ? questionActions(
                                        survey.id, question, first: index == 0, last: index == model.questions.count - 1,
                                        csrf: context.csrf) : .empty)
                        }),
            editable
                ? postForm(
                    action: SiteURL.survey(.value(survey.id), .questions).path, csrf: context.csrf,
                    Blocks.heading("Add a question", level: 2, size: "m"),
                    SurveyView.questionFields(model.questionInput, errors: model.errors),
                    Buttons.submit("Add question", style: .secondary)) : .empty,
            model.canManage
                ? SurveyRules.whyQuestionsCannotChange(isOpen: survey.status == .open, responses: survey.responses).map {
                    Blocks.inset(Blocks.paragraph($0))
                } ?? .empty : .empty)
    }

    private static func actions(_ model: Model, csrf: String) -> Markup {
        let survey = model.survey
        if model.canManage && model.confirmingClose && survey.status == .open {
            return Blocks.warning(
                "Close the survey?",
                Blocks.paragraph(
                    "Once closed, the link stops taking answers. You can open it again later, but people who try to answer while it is closed are turned away."
                ),
                postForm(
                    action: SiteURL.survey(.value(survey.id), .status).path, csrf: csrf,
                    FormField.hidden("action", "close"), FormField.hidden("confirm", "yes"),
                    .div(
                        .class("nhsuk-button-group"), Buttons.submit("Yes, close the survey"),
                        link("No, keep it open", href: SiteURL.survey(.value(survey.id)).path))))
        }
        var buttons: [Markup] = []
        if model.canManage && survey.status != .open && !model.openingProblems.isEmpty {
            return .group(
                Blocks.inset(
                    Blocks.paragraph("Before the survey can open:"), Blocks.bulletList(model.openingProblems)),
                .div(.class("nhsuk-button-group"), .group(otherActions(model))))
        }
        if model.canManage && survey.status != .open {
            buttons.append(
                postForm(
                    action: SiteURL.survey(.value(survey.id), .status).path, csrf: csrf,
                    .div(
                        .id("open"),
                        FormField.hidden("action", "open"),
                        Buttons.submit(survey.status == .closed ? "Open the survey again" : "Open the survey"))))
        }
        if model.canManage && survey.status == .open {
            buttons.append(
                postForm(
                    action: SiteURL.survey(.value(survey.id), .status).path, csrf: csrf,
                    FormField.hidden("action", "close"), Buttons.submit("Close the survey", style: .secondary)))
        }
        return .div(.class("nhsuk-button-group"), .group(buttons + otherActions(model)))
    }

    /// Entering paper responses and downloading them: whatever the survey's state.
    private static func otherActions(_ model: Model) -> [Markup] {
        let survey = model.survey
        var buttons: [Markup] = []
        if model.canEnterPaper && survey.status != .draft && !model.questions.isEmpty {
            buttons.append(
                Buttons.link("Enter a paper response", href: SiteURL.survey(.value(survey.id), .paper).path, style: .secondary))
        }
        buttons.append(
            Buttons.link("Download responses (CSV)", href: SiteURL.survey(.value(survey.id), .export).path, style: .secondary))
        return buttons
    }

    private static func questionActions(_ surveyID: UUID, _ question: Question, first: Bool, last: Bool, csrf: String) -> Markup {
        let name = Markup.span(.class("nhsuk-u-visually-hidden"), .plain(": \(question.text)"))
        return .p(
            .class("nhsuk-body-s tandem-inline-actions"),
            link(
                "Change", href: SiteURL.survey(.value(surveyID), .editQuestion(.value(question.id))).path,
                hiddenSuffix: question.text),
            first
                ? .empty
                : postForm(
                    action: SiteURL.survey(.value(surveyID), .moveQuestion(.value(question.id))).path, csrf: csrf,
                    FormField.hidden("direction", "up"),
                    element("button", .class("tandem-link-button"), .attr("type", "submit"), "Move up", name)),
            last
                ? .empty
                : postForm(
                    action: SiteURL.survey(.value(surveyID), .moveQuestion(.value(question.id))).path, csrf: csrf,
                    FormField.hidden("direction", "down"),
                    element("button", .class("tandem-link-button"), .attr("type", "submit"), "Move down", name)),
            postForm(
                action: SiteURL.survey(.value(surveyID), .removeQuestion(.value(question.id))).path, csrf: csrf,
                element("button", .class("tandem-link-button"), .attr("type", "submit"), "Remove", name)))
    }
}

extension Node where Context == HTML.BodyContext {
    /// The same element with an id, for "#anchor" links.
    func withID(_ id: String) -> Markup { .div(.attr("id", id), self) }
}
