import Foundation
import Plot
import TandemCore

enum ProjectListPage {
    struct Filters: Sendable {
        var organisation: UUID?
        var stage: ProjectStage?
        var manager: UUID?
        var overdueOnly = false

        func query(page: Int? = nil) -> [(String, String?)] {
            [
                ("organisation", organisation?.lowercasedString), ("stage", stage?.rawValue),
                ("manager", manager?.lowercasedString), ("overdue", overdueOnly ? "1" : nil), ("page", page.map(String.init)),
            ]
        }

        var isFiltered: Bool { organisation != nil || stage != nil || manager != nil || overdueOnly }
    }

    struct Row: Sendable {
        let id: UUID
        let title: String
        let organisation: String
        let stage: ProjectStage
        let manager: String?
        let nextMilestone: (title: String, due: Date)?
        let overdue: Int
    }

    struct Model {
        let rows: [Row]
        let filters: Filters
        let pagination: Pagination
        let organisationOptions: [FormField.Option]
        let managerOptions: [FormField.Option]
        let canCreate: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Projects", context: context,
            Blocks.heading("Projects"),
            model.canCreate ? Buttons.link("Start a project", href: SiteURL.newProject.path) : .empty,
            getForm(
                action: SiteURL.projects.path,
                .div(
                    .class("tandem-filters"),
                    model.organisationOptions.count > 1
                        ? FormField.select(
                            "organisation", label: "Partner organisation", options: model.organisationOptions,
                            selected: model.filters.organisation?.lowercasedString, blankLabel: "All")
                        : .empty,
                    FormField.select(
                        "stage", label: "Stage",
                        options: ProjectStage.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.stage?.rawValue, blankLabel: "All stages"),
                    model.managerOptions.isEmpty
                        ? .empty
                        : FormField.select(
                            "manager", label: "Project manager", options: model.managerOptions,
                            selected: model.filters.manager?.lowercasedString, blankLabel: "Anyone"),
                    FormField.checkboxes(
                        "overdue", legend: "Milestones",
                        options: [.init(value: "1", label: "Only projects with overdue milestones")],
                        selected: model.filters.overdueOnly ? ["1"] : [], small: true),
                    Buttons.submit("Filter", style: .secondary))),
            model.rows.isEmpty
                ? Blocks.inset(
                    .p(
                        .plain(
                            model.filters.isFiltered ? "No projects match these filters." : "There are no projects to show yet."))
                )
                : .group(
                    dataTable(
                        caption: "Projects",
                        columns: [
                            .init(heading: "Project"), .init(heading: "Partner"), .init(heading: "Stage"),
                            .init(heading: "Project manager"), .init(heading: "Next milestone"),
                        ],
                        rows: model.rows.map { row in
                            [
                                link(row.title, href: SiteURL.project(.value(row.id)).path), .plain(row.organisation),
                                ProjectView.stageTag(row.stage),
                                .plain(row.manager ?? "Not set"),
                                .group(
                                    row.nextMilestone.map { .plain("\($0.title), \(CalendarDate.long($0.due))") }
                                        ?? .plain("None"),
                                    row.overdue > 0 ? .group(" ", Blocks.tag("\(row.overdue) overdue", colour: "red")) : .empty),
                            ]
                        }),
                    pagination(
                        model.pagination, href: { SiteURL.projects.path(query: model.filters.query(page: $0)) }, noun: "projects")
                ))
    }
}
