import Foundation
import Plot
import TandemCore

/// A PPG's latest self-assessment beside its previous one, section by section.
enum SelfAssessmentPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let latest: PPGAssessment?
        let previous: PPGAssessment?
        let earlier: [Date]
        let mayFill: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Self-assessment - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                Blocks.heading("Self-assessment", caption: model.ppgName),
                Blocks.paragraph(
                    "The PPG's own view of where it stands and what would help, filled in by its officers with the practice. Each time is kept, so the group can see what moved."
                ),
                model.mayFill
                    ? Buttons.link(
                        model.latest == nil ? "Fill in the self-assessment" : "Fill it in again",
                        href: SiteURL.ppg(.value(model.ppgID), .newSelfAssessment).path) : .empty,
                model.latest.map { answers($0, previous: model.previous) }
                    ?? Blocks.inset(Blocks.paragraph("The PPG has not filled in the self-assessment yet."))))
    }

    static func answers(_ latest: PPGAssessment, previous: PPGAssessment?) -> Markup {
        let statements = latest.questionnaire.statements
        let answers = latest.answers, comments = latest.comments
        let before = previous?.answers ?? [:]
        let scores = latest.scores, beforeScores = previous?.scores ?? [:]
        return .group(
            Blocks.paragraph(
                "Filled in on \(CalendarDate.long(latest.completedOn))\(latest.completedBy.map { " by \($0.name)" } ?? "")"
                    + (previous.map { "; compared with \(CalendarDate.long($0.completedOn))." } ?? ".")),
            dataTable(
                caption: "Each section, out of 100", captionSize: "m",
                columns: [.init(heading: "Section"), .init(heading: "Now", numeric: true)]
                    + (previous == nil ? [] : [.init(heading: "Before", numeric: true)]),
                textRows: AssessmentSection.allCases.map { section in
                    [section.label, scores[section].map(String.init) ?? ""]
                        + (previous == nil ? [] : [beforeScores[section].map(String.init) ?? ""])
                }),
            .group(
                AssessmentSection.allCases.map { section in
                    dataTable(
                        caption: section.label, captionSize: "s",
                        columns: [.init(heading: "Statement"), .init(heading: "Now"), .init(heading: "Comment")]
                            + (previous == nil ? [] : [.init(heading: "Before")]),
                        textRows: statements.filter { $0.section == section }.map { statement in
                            [statement.text, answers[statement.key]?.label ?? "", comments[statement.key] ?? ""]
                                + (previous == nil ? [] : [before[statement.key]?.label ?? ""])
                        })
                }),
            Blocks.heading("What help would make the most difference", level: 2, size: "s"),
            Blocks.paragraph(latest.help.isEmpty ? "Nothing written." : latest.help))
    }
}

/// Filling in the self-assessment: each statement on the four-point scale, with a comment.
enum SelfAssessmentFormPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let statements: [AssessmentStatement]
        let form: SelfAssessmentForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors, input = model.form
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Self-assessment - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Self-assessment", caption: model.ppgName),
                    Blocks.paragraph(
                        "For each statement, say how far it is in place for your group today. Comments are optional."),
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .selfAssessment).path, csrf: context.csrf,
                        AssessmentSection.allCases.map { section in
                            Markup.group(
                                Blocks.heading(section.label, level: 2, size: "m"),
                                .group(
                                    model.statements.filter { $0.section == section }.map { statement in
                                        .group(
                                            FormField.radios(
                                                SelfAssessmentForm.levelField(statement.key), legend: statement.text,
                                                options: AssessmentLevel.allCases.map {
                                                    .init(value: String($0.rawValue), label: $0.label)
                                                },
                                                selected: input.levels[statement.key],
                                                error: errors[SelfAssessmentForm.levelField(statement.key)], small: true),
                                            FormField.text(
                                                SelfAssessmentForm.commentField(statement.key), label: "Comment (optional)",
                                                value: input.comments[statement.key],
                                                error: errors[SelfAssessmentForm.commentField(statement.key)]))
                                    }))
                        }
                            + [
                                FormField.textarea(
                                    "help", label: "What help would make the most difference?", value: input.help,
                                    error: errors["help"],
                                    rows: 4),
                                Buttons.submit("Save the self-assessment"),
                            ]))))
    }
}

/// The coordinators' wording of the statements.
enum QuestionnairePage {
    struct Model {
        let version: Int
        let statements: [AssessmentStatement]
        let texts: [String: String]
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "The self-assessment's wording", context: context,
            breadcrumbs: [Crumb(title: "PPGs", href: SiteURL.ppgs.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("The self-assessment's wording"),
                    Blocks.paragraph(
                        "Version \(model.version). Changing a statement's words makes a new version: PPGs answer the newest, and earlier answers keep the words they were given with. Keep the meaning, so answers can be compared."
                    ),
                    postForm(
                        action: SiteURL.ppgQuestionnaire.path, csrf: context.csrf,
                        AssessmentSection.allCases.map { section in
                            Markup.group(
                                Blocks.heading(section.label, level: 2, size: "s"),
                                .group(
                                    model.statements.filter { $0.section == section }.enumerated().map { index, statement in
                                        FormField.text(
                                            "text-\(statement.key)", label: "\(section.label): statement \(index + 1)",
                                            value: model.texts[statement.key], error: errors["text-\(statement.key)"])
                                    }))
                        } + [Buttons.submit("Save the wording")]))))
    }
}
