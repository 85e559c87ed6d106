import Foundation
import Plot
import TandemCore

enum ProjectDashboardPage {
    struct Member: Sendable {
        let name: String
        let role: ProjectRole
        let personID: UUID
    }

    struct Milestone: Sendable {
        let title: String
        let due: Date
    }

    struct SurveyRow: Sendable {
        let id: UUID
        let title: String
        let status: SurveyStatus
        let responses: Int
        let invited: Int?

        var rate: String? {
            guard let invited, invited > 0 else { return nil }
            return "\(Int((Double(responses) / Double(invited) * 100).rounded()))%"
        }
    }

    struct Model {
        let header: ProjectHeader
        let problem: String
        let aims: String
        let manager: String?
        let startsOn: Date?
        let endsOn: Date?
        let agreedAt: Date?
        let team: [Member]
        let nextMilestones: [Milestone]
        let overdueMilestones: [Milestone]
        let evidence: [EvidenceMethod: Int]
        let surveys: [SurveyRow]
        let activities: Int
        let stories: Int
        let coProductionIndex: Int
        /// The set-up steps while the project is being set up; empty afterwards.
        var setUp: [ProjectSetUp.Task] = []
        let canManage: Bool

        var totalEvidence: Int { evidence.values.reduce(0, +) }
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        return ProjectFrame.page(
            "Overview", project: model.header, section: .overview, context: context,
            setUpTaskList(model),
            summaryList([
                SummaryRow(
                    "Stage",
                    .group(
                        ProjectView.stageTag(model.header.stage),
                        model.canManage && model.header.stage.next != nil
                            ? .group(" ", link("Move to the next stage", href: SiteURL.project(.value(id), .stage).path)) : .empty
                    )),
                SummaryRow(
                    "Partner",
                    link(model.header.organisationName, href: SiteURL.organisation(.value(model.header.organisationID)).path)),
                SummaryRow("Project manager", text: model.manager, empty: "Not chosen yet"),
                SummaryRow("Dates", text: "\(ProjectView.date(model.startsOn)) to \(ProjectView.date(model.endsOn))"),
                SummaryRow(
                    "Proposal", text: model.agreedAt.map { "Agreed on \(CalendarDate.long($0))" }, empty: "Not agreed yet"),
                SummaryRow(
                    "Co-production index",
                    .group(
                        .strong(.plain("\(model.coProductionIndex) out of 100")), " ",
                        link("How this is worked out", href: SiteURL.project(.value(id), .involvement).path))),
            ]),
            Blocks.heading("The problem", level: 2, size: "m"),
            Blocks.paragraph(model.problem),
            milestones(model),
            team(model),
            evidence(model),
            surveys(model))
    }

    private static func milestones(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Milestones", level: 2, size: "m"),
            model.overdueMilestones.isEmpty
                ? .empty
                : Blocks.warning(
                    model.overdueMilestones.count == 1
                        ? "1 milestone is overdue" : "\(model.overdueMilestones.count) milestones are overdue",
                    Blocks.bulletList(model.overdueMilestones.map { "\($0.title): due \(CalendarDate.long($0.due))" })),
            model.nextMilestones.isEmpty
                ? Blocks.paragraph(
                    model.overdueMilestones.isEmpty ? "No milestones are coming up." : "No other milestones are coming up.")
                : dataTable(
                    caption: "Coming up", captionSize: "s", columns: [.init(heading: "Milestone"), .init(heading: "Due")],
                    rows: model.nextMilestones.map { [.plain($0.title), .plain(CalendarDate.long($0.due))] }),
            .p(link("All milestones and outcomes", href: SiteURL.project(.value(model.header.id), .proposal).path)))
    }

    private static func team(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Team", level: 2, size: "m"),
            model.team.isEmpty
                ? Blocks.paragraph("Nobody is on the team yet.")
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.team) { member in
                        .li(
                            .plain(member.name), " ",
                            Blocks.tag(member.role.label, colour: member.role.bringsLivedExperience ? "purple" : "blue"))
                    }),
            .p(link("The team and how to work with them", href: SiteURL.project(.value(model.header.id), .team).path)))
    }

    private static func evidence(_ model: Model) -> Markup {
        let rows = EvidenceMethod.allCases.compactMap { method in model.evidence[method].map { (method, $0) } }.filter {
            $0.1 > 0
        }
        return .group(
            Blocks.heading("Evidence", level: 2, size: "m"),
            Blocks.paragraph(
                "\(counted(model.totalEvidence, "piece", "pieces")) of evidence from \(counted(model.surveys.count, "survey", "surveys")), \(counted(model.activities, "activity", "activities")) and \(counted(model.stories, "story", "stories"))."
            ),
            rows.isEmpty
                ? .empty
                : dataTable(
                    caption: "Evidence by method", captionSize: "s",
                    columns: [.init(heading: "Method"), .init(heading: "Pieces", numeric: true)],
                    rows: rows.map { [.plain($0.0.label), .plain(String($0.1))] }),
            .p(link("Open the evidence library", href: SiteURL.project(.value(model.header.id), .evidence).path)))
    }

    private static func surveys(_ model: Model) -> Markup {
        guard !model.surveys.isEmpty else { return .empty }
        return dataTable(
            caption: "Surveys",
            columns: [
                .init(heading: "Survey"), .init(heading: "Status"), .init(heading: "Responses", numeric: true),
                .init(heading: "Response rate", numeric: true),
            ],
            rows: model.surveys.map { survey in
                [
                    link(survey.title, href: SiteURL.survey(.value(survey.id)).path), .plain(survey.status.label),
                    .plain(String(survey.responses)), .plain(survey.rate ?? "Not known"),
                ]
            })
    }

    /// The NHS.UK task list of a new project's set-up steps, each linked to where it is done.
    private static func setUpTaskList(_ model: Model) -> Markup {
        guard !model.setUp.isEmpty else { return .empty }
        let id = model.header.id
        let done = model.setUp.filter(\.isDone).count
        return .group(
            Blocks.heading("Setting up the project", level: 2, size: "m"),
            Blocks.paragraph("\(done) of \(model.setUp.count) steps done.", classes: "nhsuk-body-s"),
            element(
                "ul",
                [.class("nhsuk-task-list")]
                    + model.setUp.map { task in
                        let key = "set-up-\(task.step.rawValue)"
                        return element(
                            "li", .class("nhsuk-task-list__item nhsuk-task-list__item--with-link"),
                            .div(
                                .class("nhsuk-task-list__name-and-hint"),
                                element(
                                    "a", .class("nhsuk-link nhsuk-task-list__link"), .attr("href", href(task.step, project: id)),
                                    .attr("aria-describedby", "\(key)-hint \(key)-status"), .plain(task.step.title)),
                                .div(.id("\(key)-hint"), .class("nhsuk-task-list__hint"), .plain(task.step.hint))),
                            .div(
                                .class("nhsuk-task-list__status"), .id("\(key)-status"),
                                task.isDone ? .plain("Completed") : Blocks.tag("Not yet started", colour: "blue")))
                    }))
    }

    private static func href(_ step: ProjectSetUp.Step, project id: UUID) -> String {
        switch step {
        case .outcomes, .agreement: SiteURL.project(.value(id), .proposal).path
        case .milestones: SiteURL.project(.value(id), .proposal).path + "#milestones"
        case .team: SiteURL.project(.value(id), .team).path
        case .involvement: SiteURL.project(.value(id), .involvement).path
        case .methods: SiteURL.project(.value(id), .surveys).path
        }
    }
}
