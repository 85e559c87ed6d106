import Foundation
import Plot
import TandemCore

/// A project's findings, and the form to write one.
enum FindingListPage {
    struct Model {
        let header: ProjectHeader
        let findings: [FindingSummary]
        let themes: [FormField.Option]
        let canAdd: Bool
        let input: FindingForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Findings", project: model.header, section: .findings, context: context, errors: model.errors,
            Blocks.paragraph(
                "A finding says in plain English what the evidence shows. Each one rests on themes and on the comments that support it, so anyone can follow it back to what people said."
            ),
            model.findings.isEmpty
                ? Blocks.inset(Blocks.paragraph("No findings yet."))
                : .ol(
                    .class("nhsuk-list"),
                    .forEach(model.findings) { finding in
                        .li(
                            Blocks.card(
                                heading: finding.statement, href: SiteURL.finding(.value(finding.id)).path,
                                description:
                                    "Themes: \(finding.themes.joined(separator: ", ")). \(counted(finding.evidence, "comment", "comments")) in support, \(counted(finding.quotes, "quote", "quotes"))."
                            )
                        )
                    }),
            model.canAdd
                ? postForm(
                    action: SiteURL.project(.value(model.header.id), .findings).path, csrf: context.csrf,
                    Blocks.heading("Write a finding", level: 2, size: "m"),
                    FormField.textarea(
                        "statement", label: "What the evidence shows", value: model.input.statement,
                        error: model.errors["statement"],
                        hint: "For example: People going home wait hours for their medicines, and nobody tells them why.",
                        rows: 3,
                        maxLength: 1_000),
                    FormField.checkboxes(
                        "themes", legend: "Which themes it is about", options: model.themes,
                        selected: Set(model.input.themes ?? []), error: model.errors["themes"], small: true),
                    Buttons.submit("Add finding")) : .empty)
    }
}
