import Foundation
import Plot
import TandemCore

/// A project's activities, and the form to record a new one.
enum ActivityListPage {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let kind: EvidenceMethod
        let heldOn: Date?
        let participants: Int?
        let checklist: String?
    }

    struct Model {
        let header: ProjectHeader
        let activities: [Row]
        let checklistOptions: [FormField.Option]
        let teamOptions: [FormField.Option]
        let canAdd: Bool
        let input: ActivityForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        return ProjectFrame.page(
            "Activities", project: model.header, section: .activities, context: context, errors: model.errors,
            Blocks.paragraph(
                "Focus groups, interviews, observations, mystery shopper visits, workshops and ambassador conversations."),
            model.activities.isEmpty
                ? Blocks.inset(Blocks.paragraph("No activities yet."))
                : dataTable(
                    caption: "Activities", captionHidden: true,
                    columns: [
                        .init(heading: "Activity"), .init(heading: "Kind"), .init(heading: "Date"),
                        .init(heading: "People", numeric: true),
                    ],
                    rows: model.activities.map { row in
                        [
                            link(row.title, href: SiteURL.activity(.value(row.id)).path), .plain(row.kind.label),
                            .plain(row.heldOn.map(CalendarDate.long) ?? "Not set"),
                            .plain(row.participants.map(String.init) ?? "-"),
                        ]
                    }),
            .p(
                link(
                    "Checklists for observations and mystery shopper visits", href: SiteURL.project(.value(id), .checklists).path)
            ),
            model.canAdd ? form(model, csrf: context.csrf) : .empty)
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        let input = model.input
        return postForm(
            action: SiteURL.project(.value(model.header.id), .activities).path, csrf: csrf,
            Blocks.heading("Record an activity", level: 2, size: "m"),
            FormField.radios(
                "kind", legend: "Kind of activity",
                options: EvidenceMethod.activities.map { .init(value: $0.rawValue, label: $0.label) },
                selected: input.kind, error: model.errors["kind"], small: true),
            FormField.text(
                "title", label: "Name", value: input.title, error: model.errors["title"],
                hint: "For example: Saturday visit to the A&E waiting room"),
            FormField.date(
                "held", legend: "Date (optional)", value: input.held, error: model.errors["held"], hint: "For example, 15 3 2026"),
            FormField.text("place", label: "Place (optional)", value: input.place),
            FormField.text(
                "participants", label: "Number of people who took part (optional)", value: input.participants,
                error: model.errors["participants"], width: "4", inputmode: "numeric"),
            model.teamOptions.isEmpty
                ? .empty
                : FormField.checkboxes(
                    "facilitators", legend: "Who ran it? (optional)", options: model.teamOptions,
                    selected: Set(input.facilitators ?? []), hint: "Patient and carer partners who facilitated count here too.",
                    small: true),
            model.checklistOptions.isEmpty
                ? .empty
                : FormField.select(
                    "checklist", label: "Checklist (for observations and mystery shopper visits)",
                    options: model.checklistOptions,
                    selected: input.checklist, error: model.errors["checklist"], blankLabel: "No checklist"),
            FormField.textarea(
                "notes", label: "Notes (optional)", value: input.notes,
                hint: "What happened. Quotes to keep as evidence are added on the activity's page.", rows: 4),
            Buttons.submit("Save activity"))
    }
}
