import Foundation
import Plot
import TandemCore

enum ProposalPage {
    struct Milestone: Sendable {
        let id: UUID
        let title: String
        let due: Date
        let completed: Date?
        let overdue: Bool
    }

    struct Change: Sendable {
        let at: Date
        let summary: String
        let by: String?
    }

    struct Model {
        let header: ProjectHeader
        let problem: String
        let aims: String
        let outcomes: [String]
        let milestones: [Milestone]
        let agreedAt: Date?
        let agreedBy: String?
        let partnerSignatory: String?
        let history: [Change]
        let canManage: Bool
        let errors: FormErrors
        let outcomesText: String
        let milestoneTyped: MilestoneForm
        let signatoryTyped: String
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let id = model.header.id
        return ProjectFrame.page(
            "Proposal", project: model.header, section: .proposal, context: context, errors: model.errors,
            agreement(model),
            summaryList([
                SummaryRow(
                    "The problem", text: model.problem,
                    action: model.canManage ? (text: "Change", href: SiteURL.project(.value(id), .edit).path) : nil),
                SummaryRow(
                    "Aims", text: model.aims,
                    action: model.canManage ? (text: "Change", href: SiteURL.project(.value(id), .edit).path) : nil),
            ]),
            outcomes(model, csrf: context.csrf),
            milestones(model, csrf: context.csrf),
            agreeForm(model, csrf: context.csrf),
            history(model))
    }

    private static func agreement(_ model: Model) -> Markup {
        guard let agreedAt = model.agreedAt else {
            return Blocks.inset(
                .p(
                    "This proposal has not been agreed yet. Once both sides agree it, changes to its outcomes and milestones are recorded below."
                ))
        }
        return Blocks.inset(
            .p(
                .plain(
                    "Agreed on \(CalendarDate.long(agreedAt)) by \(model.agreedBy ?? "the charity") and \(model.partnerSignatory ?? "the partner organisation")."
                )))
    }

    private static func outcomes(_ model: Model, csrf: String) -> Markup {
        .group(
            Blocks.heading("Agreed outcomes", level: 2, size: "m"),
            model.outcomes.isEmpty
                ? Blocks.paragraph("No outcomes yet.")
                : element(
                    "ol",
                    [.class("nhsuk-list nhsuk-list--number")]
                        + model.outcomes.map { element("li", .plain($0)) }),
            model.canManage
                ? Blocks.details(
                    "Change the outcomes",
                    postForm(
                        action: SiteURL.project(.value(model.header.id), .outcomes).path, csrf: csrf,
                        FormField.textarea(
                            "outcomes", label: "Outcomes", value: model.outcomesText, error: model.errors["outcomes"],
                            hint: "One outcome on each line.", rows: 5),
                        Buttons.submit("Save outcomes", style: .secondary))) : .empty)
    }

    private static func milestones(_ model: Model, csrf: String) -> Markup {
        let id = model.header.id
        return .group(
            .div(.id("milestones")),
            Blocks.heading("Milestones", level: 2, size: "m"),
            model.milestones.isEmpty
                ? Blocks.paragraph("No milestones yet.")
                : dataTable(
                    caption: "Milestones", captionHidden: true,
                    columns: [.init(heading: "Milestone"), .init(heading: "Due"), .init(heading: "Status")]
                        + (model.canManage ? [.init(heading: "Actions")] : []),
                    rows: model.milestones.map { milestone in
                        [
                            .plain(milestone.title), .plain(CalendarDate.long(milestone.due)),
                            milestone.completed.map { Blocks.tag("Reached \(CalendarDate.long($0))", colour: "green") }
                                ?? (milestone.overdue
                                    ? Blocks.tag("Overdue", colour: "red") : Blocks.tag("To do", colour: "grey")),
                        ]
                            + (model.canManage
                                ? [
                                    .group(
                                        milestone.completed == nil
                                            ? postForm(
                                                action: SiteURL.project(.value(id), .completeMilestone(.value(milestone.id)))
                                                    .path, csrf: csrf,
                                                element(
                                                    "button", .class("tandem-link-button"), .attr("type", "submit"),
                                                    "Mark as reached",
                                                    .span(.class("nhsuk-u-visually-hidden"), .plain(": \(milestone.title)"))))
                                            : .empty,
                                        postForm(
                                            action: SiteURL.project(.value(id), .removeMilestone(.value(milestone.id))).path,
                                            csrf: csrf,
                                            element(
                                                "button", .class("tandem-link-button"), .attr("type", "submit"), "Remove",
                                                .span(.class("nhsuk-u-visually-hidden"), .plain(": \(milestone.title)")))))
                                ] : [])
                    }),
            model.canManage
                ? Blocks.details(
                    "Add a milestone",
                    postForm(
                        action: SiteURL.project(.value(id), .milestones).path, csrf: csrf,
                        FormField.text(
                            "milestone-title", label: "Milestone", value: model.milestoneTyped.title,
                            error: model.errors["milestone-title"]),
                        FormField.date("due", legend: "Due date", value: model.milestoneTyped.due, error: model.errors["due"]),
                        Buttons.submit("Add milestone", style: .secondary))) : .empty)
    }

    private static func agreeForm(_ model: Model, csrf: String) -> Markup {
        guard model.canManage, model.agreedAt == nil else { return .empty }
        return postForm(
            action: SiteURL.project(.value(model.header.id), .agree).path, csrf: csrf,
            Blocks.heading("Agree the proposal", level: 2, size: "m"),
            Blocks.paragraph(
                "Record the agreement once the partner organisation has agreed the outcomes and milestones. You are recorded as agreeing for the charity."
            ),
            FormField.text(
                "signatory", label: "Agreed for \(model.header.organisationName) by", value: model.signatoryTyped,
                error: model.errors["signatory"], hint: "Their name and role, for example: Dr Amira Shah, Director of Nursing"),
            Buttons.submit("Record the agreement"))
    }

    private static func history(_ model: Model) -> Markup {
        guard !model.history.isEmpty else { return .empty }
        return dataTable(
            caption: "History", columns: [.init(heading: "When"), .init(heading: "What changed"), .init(heading: "Who")],
            rows: model.history.map { [.plain(CalendarDate.longWithTime($0.at)), .plain($0.summary), .plain($0.by ?? "")] })
    }
}
