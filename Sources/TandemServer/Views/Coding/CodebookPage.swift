import Foundation
import Plot
import TandemCore

/// The project's codebook, how far coders agree, and the form to add a theme.
enum CodebookPage {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let details: String
        let builtIn: Bool
        let parent: String?
        let items: Int
    }

    struct Model {
        let header: ProjectHeader
        let themes: [Row]
        let agreementItems: Int
        let agreement: [CoderAgreement.Row]
        let canEdit: Bool
        let form: ThemeForm
        let errors: FormErrors
        /// The theme whose rewording came back with errors, if any.
        let editing: UUID?
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Codebook", project: model.header, section: .coding, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Coding", href: SiteURL.project(.value(model.header.id), .coding).path)],
            Blocks.paragraph(
                "The themes the team codes comments with. It starts with Tandem's built-in patient experience themes; add your own, or reword any theme so it fits your project."
            ),
            dataTable(
                caption: "Themes",
                columns: [.init(heading: "Theme"), .init(heading: "What it covers"), .init(heading: "Comments", numeric: true)],
                rows: model.themes.map { row in
                    [
                        .group(
                            .plain(row.name), row.builtIn ? .empty : .group(" ", Blocks.tag("Project's own", colour: "blue")),
                            row.parent.map { .span(.class("nhsuk-body-s tandem-muted"), .plain(" (part of \($0))")) } ?? .empty),
                        .plain(row.details),
                        row.items == 0
                            ? .plain("0")
                            : link(
                                row.items.commaGrouped, href: ThemeOverviewPage.comments(model.header.id, theme: row.id),
                                hiddenSuffix: "comments coded \(row.name)"),
                    ]
                }),
            agreement(model),
            model.canEdit ? addForm(model, csrf: context.csrf) : .empty,
            model.canEdit ? rewordForms(model, csrf: context.csrf) : .empty)
    }

    private static func agreement(_ model: Model) -> Markup {
        .group(
            Blocks.heading("How far coders agree", level: 2, size: "m"),
            model.agreement.isEmpty
                ? Blocks.paragraph(
                    "No comment has been coded by two people yet. Use \u{201C}Check comments someone else coded\u{201D} on the coding page to code some a second time."
                )
                : .group(
                    Blocks.paragraph(
                        "From \(counted(model.agreementItems, "comment", "comments")) coded by two people. Kappa is 1 when coders always agree and 0 when they agree only as often as chance would make them; a low figure is a prompt to talk a theme through."
                    ),
                    dataTable(
                        caption: "Agreement by theme", captionHidden: true,
                        columns: [
                            .init(heading: "Theme"), .init(heading: "Same call", numeric: true),
                            .init(heading: "Kappa", numeric: true), .init(heading: "Agreement"),
                        ],
                        rows: model.agreement.map { row in
                            [
                                .plain(row.theme), .plain("\(Int((row.agreement.observed * 100).rounded()))%"),
                                .plain(row.agreement.kappa.map { String(format: "%.2f", $0) } ?? "-"),
                                .plain(row.agreement.label),
                            ]
                        }),
                    .p(
                        link(
                            "Agree the comments coders coded differently",
                            href: SiteURL.project(.value(model.header.id), .disagreements).path))))
    }

    private static func addForm(_ model: Model, csrf: String) -> Markup {
        let isAdding = model.editing == nil
        return postForm(
            action: SiteURL.project(.value(model.header.id), .codebook).path, csrf: csrf,
            Blocks.heading("Add a theme", level: 2, size: "m"),
            FormField.text(
                "name", label: "Name", value: isAdding ? model.form.name : nil, error: isAdding ? model.errors["name"] : nil),
            FormField.textarea(
                "details", label: "What it covers (optional)", value: isAdding ? model.form.details : nil,
                error: isAdding ? model.errors["details"] : nil,
                hint: "A sentence that helps coders decide when it applies", rows: 2),
            FormField.select(
                "parent", label: "Part of a wider theme (optional)",
                options: model.themes.map { .init(value: $0.id.lowercasedString, label: $0.name) },
                selected: isAdding ? model.form.parent : nil, blankLabel: "None"),
            Buttons.submit("Add theme"))
    }

    private static func rewordForms(_ model: Model, csrf: String) -> Markup {
        Blocks.details(
            "Reword a theme",
            .forEach(model.themes) { row in
                let isEditing = model.editing == row.id
                let prefix = "theme-\(row.id.uuidString.prefix(8).lowercased())"
                return postForm(
                    action: SiteURL.theme(.value(row.id)).path, csrf: csrf,
                    element("h3", .class("nhsuk-heading-s"), .plain(row.name)),
                    FormField.text(
                        prefix + "-name", label: "Name", value: isEditing ? model.form.name : row.name,
                        error: isEditing ? model.errors["name"] : nil, name: "name"),
                    FormField.text(
                        prefix + "-details", label: "What it covers",
                        value: isEditing ? model.form.details : row.details, name: "details"),
                    Buttons.submit("Save \(row.name)", style: .secondary, small: true))
            })
    }
}
