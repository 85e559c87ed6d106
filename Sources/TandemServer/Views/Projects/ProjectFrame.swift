import Foundation
import Plot
import TandemCore

/// What every project page shows about its project.
struct ProjectHeader: Sendable {
    let id: UUID
    let title: String
    let organisationID: UUID
    let organisationName: String
    let stage: ProjectStage
    let replicatedFrom: (id: UUID, title: String)?

    init(
        id: UUID, title: String, organisationID: UUID, organisationName: String, stage: ProjectStage,
        replicatedFrom: (id: UUID, title: String)? = nil
    ) {
        (self.id, self.title, self.organisationID, self.organisationName, self.stage, self.replicatedFrom) = (
            id, title, organisationID, organisationName, stage, replicatedFrom
        )
    }

    init(_ project: Project, replicatedFromTitle: String? = nil) {
        id = project.id!
        title = project.title
        organisationID = project.$organisation.id
        organisationName = project.$organisation.value?.name ?? ""
        stage = project.stage
        replicatedFrom = project.$replicatedFrom.id.flatMap { id in replicatedFromTitle.map { (id, $0) } }
    }
}

/// The frame of a project's pages: its name, partner and stage, and the
/// contents list that moves between its pages.
enum ProjectFrame {
    static func page(
        _ title: String, project: ProjectHeader, section: ProjectPath?, context: PageContext, errors: FormErrors = FormErrors(),
        extraCrumbs: [Crumb] = [], _ content: Markup...
    ) -> HTML {
        let isOverview = section == .overview
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + (isOverview ? project.title : "\(title) - \(project.title)"),
            context: context,
            breadcrumbs: [Crumb(title: "Projects", href: SiteURL.projects.path)]
                + (isOverview ? [] : [Crumb(title: project.title, href: SiteURL.project(.value(project.id)).path)]) + extraCrumbs,
            content: .group(
                errorSummary(errors),
                Blocks.heading(
                    isOverview ? project.title : title,
                    caption: isOverview ? project.organisationName : project.title),
                .p(
                    ProjectView.stageTag(project.stage),
                    project.replicatedFrom.map { from in
                        .group(
                            " ",
                            .span(
                                .class("nhsuk-body-s"), "Replicated from ",
                                link(from.title, href: SiteURL.project(.value(from.id)).path)))
                    } ?? .empty),
                .div(
                    .class("nhsuk-grid-row"),
                    .div(
                        .class("nhsuk-grid-column-one-quarter"),
                        // On a phone the menu folds behind "Project menu" so the work comes first;
                        // on a wider screen tandem.js keeps it open (see `.tandem-project-menu`).
                        element(
                            "details", .class("nhsuk-details tandem-project-menu"),
                            element(
                                "summary", .class("nhsuk-details__summary"),
                                .span(.class("nhsuk-details__summary-text"), "Project menu")),
                            ProjectContents.list(project.id, current: section))),
                    .div(.class("nhsuk-grid-column-three-quarters"), .group(content)))))
    }
}

enum ProjectView {
    static func stageTag(_ stage: ProjectStage) -> Markup {
        let colour =
            switch stage {
            case .proposal: "grey"
            case .agreed: "blue"
            case .fieldwork, .analysis: "aqua-green"
            case .reporting: "purple"
            case .implementationSupport, .sustainabilityReview: "yellow"
            case .closed: "white"
            }
        return Blocks.tag(stage.label, colour: colour)
    }

    static func date(_ date: Date?) -> String { date.map(CalendarDate.long) ?? "Not set" }
}
