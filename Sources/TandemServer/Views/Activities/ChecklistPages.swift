import Foundation
import Plot
import TandemCore

/// A project's checklists, and the form to write a new one.
enum ChecklistListPage {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let items: Int
    }

    struct Model {
        let header: ProjectHeader
        let checklists: [Row]
        let canAdd: Bool
        let input: ChecklistForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Checklists", project: model.header, section: .activities, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Activities", href: SiteURL.project(.value(model.header.id), .activities).path)],
            Blocks.paragraph(
                "A checklist is what observers and mystery shoppers look for. The same checklist is used on every visit, so visits can be compared."
            ),
            model.checklists.isEmpty
                ? Blocks.inset(Blocks.paragraph("No checklists yet."))
                : dataTable(
                    caption: "Checklists", captionHidden: true,
                    columns: [.init(heading: "Checklist"), .init(heading: "Items", numeric: true)],
                    rows: model.checklists.map {
                        [link($0.name, href: SiteURL.checklist(.value($0.id)).path), .plain(String($0.items))]
                    }),
            model.canAdd
                ? postForm(
                    action: SiteURL.project(.value(model.header.id), .checklists).path, csrf: context.csrf,
                    Blocks.heading("Write a checklist", level: 2, size: "m"),
                    FormField.text(
                        "name", label: "Name", value: model.input.name, error: model.errors["name"],
                        hint: "For example: Reception and waiting area"),
                    FormField.textarea(
                        "items", label: "Things to look for", value: model.input.items, error: model.errors["items"],
                        hint: "One on each line, for example: Staff introduced themselves by name", rows: 8),
                    Buttons.submit("Save checklist")) : .empty)
    }
}

/// One checklist across every visit that used it.
enum ChecklistPage {
    struct Item: Sendable {
        let text: String
        let summary: ChecklistItemSummary
    }

    struct Visit: Sendable {
        let id: UUID
        let title: String
        let heldOn: Date?
    }

    struct Model {
        let header: ProjectHeader
        let name: String
        let visits: Int
        let items: [Item]
        let activities: [Visit]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            model.name, project: model.header, section: .activities, context: context,
            extraCrumbs: [Crumb(title: "Checklists", href: SiteURL.project(.value(model.header.id), .checklists).path)],
            Blocks.lead(model.visits == 1 ? "Used on 1 visit." : "Used on \(model.visits) visits."),
            dataTable(
                caption: "How each item was found across visits", captionSize: "s",
                columns: [.init(heading: "Item")] + ChecklistScore.allCases.map { .init(heading: $0.label, numeric: true) }
                    + [.init(heading: "Score", numeric: true)],
                rows: model.items.map { item in
                    [.plain(item.text)] + ChecklistScore.allCases.map { .plain(String(item.summary.counts[$0, default: 0])) }
                        + [.plain(item.summary.percentMet.map { "\($0)%" } ?? "-")]
                }),
            Blocks.details(
                "How the score is worked out",
                Blocks.paragraph(
                    "Of the visits where the item was seen, met counts as one and partly met as a half. Visits where it was not seen are left out."
                )),
            model.activities.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("Visits", level: 2, size: "m"),
                    .ul(
                        .class("nhsuk-list"),
                        .forEach(model.activities) { visit in
                            .li(
                                link(visit.title, href: SiteURL.activity(.value(visit.id)).path),
                                .plain(visit.heldOn.map { ", \(CalendarDate.long($0))" } ?? ""))
                        })))
    }
}
