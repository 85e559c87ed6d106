import Foundation
import Plot
import TandemCore

/// A project's recommendations, and the form to propose one.
enum RecommendationListPage {
    struct Model {
        let header: ProjectHeader
        let rows: [RecommendationRow]
        let choices: RecommendationChoices
        let canAdd: Bool
        let input: RecommendationForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Recommendations", project: model.header, section: .recommendations, context: context, errors: model.errors,
            Blocks.paragraph(
                "What should change because of the findings, who will do it and by when. Each one is agreed with the organisation that must act, and followed until the change has lasted."
            ),
            RecommendationView.table(model.rows, caption: "Recommendations", showProject: false),
            model.canAdd ? form(model, csrf: context.csrf) : .empty)
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        postForm(
            action: SiteURL.project(.value(model.header.id), .recommendations).path, csrf: csrf,
            Blocks.heading("Propose a recommendation", level: 2, size: "m"),
            FormField.textarea(
                "text", label: "What should change", value: model.input.text, error: model.errors["text"],
                hint: "For example: Tell people at the start of the day when their medicines will be ready.", rows: 3,
                maxLength: 2_000),
            model.choices.findings.isEmpty
                ? .div(
                    .id("findings"),
                    Blocks.inset(Blocks.paragraph("Write a finding first: a recommendation rests on what the evidence shows.")),
                    model.errors["findings"].map { .p(.class("nhsuk-error-message"), .plain($0)) } ?? .empty)
                : FormField.checkboxes(
                    "findings", legend: "The findings it rests on",
                    options: model.choices.findings.map { .init(value: $0.id.lowercasedString, label: $0.label) },
                    selected: Set(model.input.findings ?? []), error: model.errors["findings"], small: true),
            FormField.select(
                "organisation", label: "The organisation that must act on it",
                options: model.choices.organisations.map { .init(value: $0.id.lowercasedString, label: $0.label) },
                selected: model.input.organisation ?? model.choices.organisations.first?.id.lowercasedString,
                error: model.errors["organisation"]),
            FormField.select(
                "owner", label: "Owner (optional)",
                options: model.choices.owners.map { .init(value: $0.id.lowercasedString, label: $0.label) },
                selected: model.input.owner,
                hint: "The person who sees it through: someone on the project team, or one of the acting organisation's people.",
                blankLabel: "No one named yet"),
            FormField.radios(
                "priority", legend: "Priority",
                options: RecommendationPriority.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: model.input.priority, error: model.errors["priority"], inline: true),
            FormField.date(
                "due", legend: "Due date (optional)", value: model.input.due, error: model.errors["due"],
                hint: "For example, 31 3 2027"),
            Buttons.submit("Propose recommendation"))
    }
}

extension RecommendationView {
    static func table(_ rows: [RecommendationRow], caption: String, showProject: Bool) -> Markup {
        guard !rows.isEmpty else { return Blocks.inset(Blocks.paragraph("No recommendations yet.")) }
        var columns: [TableColumn] = [.init(heading: "Recommendation")]
        if showProject { columns.append(.init(heading: "Project")) }
        columns += [.init(heading: "Status"), .init(heading: "Owner"), .init(heading: "Due")]
        return dataTable(
            caption: caption, captionHidden: !showProject, columns: columns,
            rows: rows.map { row in
                var cells: [Markup] = [link(row.text, href: SiteURL.recommendation(.value(row.id)).path)]
                if showProject { cells.append(.plain(row.project ?? "")) }
                cells += [
                    .group(statusTag(row.status), row.isOverdue ? .group(" ", Blocks.tag("Overdue", colour: "red")) : .empty),
                    .plain([row.owner, row.organisation].compactMap { $0 }.joined(separator: ", ")),
                    .plain(row.dueOn.map(CalendarDate.long) ?? "No date"),
                ]
                return cells
            })
    }
}
