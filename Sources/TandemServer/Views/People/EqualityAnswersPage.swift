import Plot
import TandemCore

enum EqualityAnswersPage {
    struct Model {
        let person: PersonSummary
        let isSelf: Bool
        let hasConsent: Bool
        let canEdit: Bool
        let form: EqualityAnswersForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let person = model.person
        let title = model.isSelf ? "Your equality monitoring answers" : "Equality monitoring answers"
        return Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + title, context: context,
            breadcrumbs: [Crumb(title: model.isSelf ? "Your profile" : person.displayName, href: person.href)],
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading(title, caption: model.isSelf ? nil : person.displayName),
                    Blocks.inset(
                        .p(
                            .plain(
                                "Every question is optional. Answers help us check that we hear from everyone, especially groups who are often not heard. They are only ever reported as totals, and groups of fewer than 5 people are hidden. Only \(model.isSelf ? "you" : "the person") and Tandem admins can see these answers."
                            ))),
                    model.hasConsent ? form(model, csrf: context.csrf) : noConsent(model))))
    }

    private static func noConsent(_ model: Model) -> Markup {
        .group(
            Blocks.paragraph(
                model.isSelf
                    ? "You have not given consent for Tandem to keep equality monitoring answers, so none are kept."
                    : "There is no consent to keep equality monitoring answers, so none are kept."),
            .p(
                link(
                    model.isSelf ? "Give consent to keep your answers" : "Record consent",
                    href: SiteURL.person(.value(model.person.id), .consent).path)))
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        guard model.canEdit else {
            return summaryList(
                EqualityMonitoring.questions.map { question in
                    SummaryRow(
                        question.question, text: question.label(for: model.form.answers[question.id]), empty: "Not answered")
                })
        }
        return postForm(
            action: SiteURL.person(.value(model.person.id), .equality).path, csrf: csrf,
            .group(
                EqualityMonitoring.questions.map { question in
                    FormField.radios(
                        question.id, legend: question.question,
                        options: question.options.map { option in
                            .init(value: option.value, label: option.group.map { "\($0): \(option.label)" } ?? option.label)
                        },
                        selected: model.form.answers[question.id], error: model.errors[question.id], hint: question.hint,
                        small: true)
                }),
            Buttons.submit("Save answers"))
    }
}
