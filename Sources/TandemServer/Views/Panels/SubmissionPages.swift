import Foundation
import Plot
import TandemCore

/// Bringing a project to a panel: signed in (one of the lead's projects or a short description)
/// or on the public form.
enum SubmissionFormPage {
    struct Model {
        let panelID: UUID
        let panelName: String
        let isPublic: Bool
        let projects: [FormField.Option]
        let form: SubmissionForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        let action =
            model.isPublic ? SiteURL.publicPanelSubmission(.value(model.panelID)) : SiteURL.panel(.value(model.panelID), .submit)
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Bring a project to \(model.panelName)", context: context,
            breadcrumbs: model.isPublic
                ? []
                : [
                    Crumb(title: "Peer review panels", href: SiteURL.panels.path),
                    Crumb(title: model.panelName, href: SiteURL.panel(.value(model.panelID)).path),
                ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Bring a project to the panel", caption: model.panelName),
                    Blocks.paragraph(
                        "The panel's patient members read what you send, talk it through at a meeting and agree feedback for you to reply to. The chair replies within \(ReviewRules.triageWorkingDays) working days."
                    ),
                    postForm(
                        action: action.path, csrf: context.csrf,
                        model.isPublic
                            ? .group(
                                FormField.text(
                                    "contact-name", label: "Your name", value: input.contactName, error: errors["contact-name"],
                                    autocomplete: "name"),
                                FormField.text(
                                    "contact-email", label: "Your email address", value: input.contactEmail,
                                    error: errors["contact-email"], type: "email", autocomplete: "email", spellcheck: false))
                            : .empty,
                        model.projects.isEmpty
                            ? .empty
                            : FormField.select(
                                "project", label: "Your project in Tandem", options: model.projects, selected: input.project,
                                error: errors["project"], hint: "The panel reads its pages too", blankLabel: "Not in Tandem"),
                        FormField.text(
                            "title",
                            label: model.projects.isEmpty ? "The project's title" : "Or its title, if it is not in Tandem",
                            value: input.title, error: errors["title"]),
                        FormField.textarea(
                            "summary", label: "What the project is about", value: input.summary, error: errors["summary"],
                            hint: "The problem, who it affects and what you hope to change, in a few sentences", rows: 5),
                        FormField.radios(
                            "stage", legend: "The stage it is at",
                            options: ProjectReviewStage.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.stage, error: errors["stage"], small: true),
                        Blocks.heading("What you want the panel's view on", level: 2, size: "s"),
                        FormField.text(
                            "question-1", label: "Question 1", value: input.question1, error: errors["question-1"],
                            hint: "Up to three questions; one is enough"),
                        FormField.text("question-2", label: "Question 2 (optional)", value: input.question2),
                        FormField.text("question-3", label: "Question 3 (optional)", value: input.question3),
                        FormField.textarea(
                            "involved", label: "Who is already involved", value: input.involved, error: errors["involved"],
                            hint: "Patients, carers and community groups involved so far, and how", rows: 3),
                        FormField.text(
                            "dates", label: "Meeting dates that suit you (optional)", value: input.dates, error: errors["dates"]),
                        Buttons.submit("Send to the panel")))))
    }
}

/// What someone who used the public form sees after sending.
enum PublicSubmissionDonePage {
    struct Model {
        let panelName: String
        let email: String
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Sent to \(model.panelName)", context: context,
            content: .group(
                Blocks.successBanner("Sent to \(model.panelName)"),
                Blocks.paragraph(
                    "Thank you. The panel's chair will reply to \(model.email) within \(ReviewRules.triageWorkingDays) working days."
                )))
    }
}
