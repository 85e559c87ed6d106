import Foundation
import Plot
import TandemCore

/// A project's review: what the lead asked, the chair's triage, the pack and first thoughts,
/// members' structured feedback, the agreed feedback with the lead's replies, actions, the
/// follow-ups with evidence, and the lead's view at the end. Each part shows to whom it is for.
enum ReviewPage {
    struct Point {
        let id: UUID
        let area: FeedbackArea
        let text: String
        let response: PointResponse?
        let reply: String?
    }

    struct Action {
        let id: UUID
        let text: String
        let owner: String
        let dueOn: Date?
        let status: PanelActionStatus
    }

    struct FollowUp {
        let id: UUID
        let months: Int
        let whatChanged: String
        let links: [String]
        /// The name of the evidence file sent with it, if any.
        let file: String?
        let level: InvolvementLevel?
        let writtenAt: Date
    }

    /// The linked project's pages as the pack shows them to the panel.
    struct ProjectSummary {
        let problem: String
        let aims: String
        let stage: String
        let plan: [(step: String, level: String, who: String)]
        let milestones: [(title: String, due: Date, done: Bool)]
    }

    struct Model {
        let id: UUID
        let panelID: UUID
        let panelName: String
        let title: String
        let summary: String
        let stage: ProjectReviewStage
        let questions: [String]
        let alreadyInvolved: String
        let preferredDates: String
        let lead: String
        let project: (id: UUID, title: String)?
        let status: ReviewStatus
        let reason: String?
        let submittedAt: Date
        let triageDue: Date
        let meeting: String?
        let packDue: Date?
        let meetingChoices: [FormField.Option]
        let thoughts: [(name: String, text: String)]
        let feedback: [(name: String, area: FeedbackArea, text: String)]
        let points: [Point]
        let actions: [Action]
        let followUps: [FollowUp]
        let followUpsDue: [(months: Int, due: Date)]
        let projectSummary: ProjectSummary?
        let levelBefore: InvolvementLevel?
        let usefulness: Int?
        let changedPlans: Bool?
        let mayChair: Bool
        let isMember: Bool
        let isLead: Bool
        let forms: ReviewController.Forms
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + "\(model.title) - \(model.panelName)", context: context,
            breadcrumbs: [
                Crumb(title: "Peer review panels", href: SiteURL.panels.path),
                Crumb(title: model.panelName, href: SiteURL.panel(.value(model.panelID)).path),
            ],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading(model.title, caption: model.panelName),
                Blocks.tag(model.status.label, colour: PanelPage.colour(model.status)),
                submission(model),
                projectSummary(model),
                information(model, context: context),
                triage(model, context: context),
                pack(model, context: context),
                agreed(model, context: context),
                actions(model, context: context),
                followUps(model, context: context),
                close(model, context: context),
                time(model, context: context)))
    }

    private static func path(_ model: Model, _ page: ReviewPath) -> String { SiteURL.panelReview(.value(model.id), page).path }

    private static func submission(_ model: Model) -> Markup {
        .group(
            summaryList([
                SummaryRow("Project lead", text: model.lead, empty: "Not known"),
                SummaryRow(
                    "Project in Tandem",
                    model.project.map { project in
                        model.isLead
                            ? .a(.href(SiteURL.project(.value(project.id)).path), .text(project.title)) : .text(project.title)
                    } ?? .text("Not in Tandem")),
                SummaryRow("Stage", text: model.stage.label),
                SummaryRow("Brought", text: CalendarDate.long(model.submittedAt)),
                SummaryRow(
                    "Meeting",
                    text: model.meeting.map { meeting in
                        meeting + (model.packDue.map { " (the pack reaches the panel by \(CalendarDate.long($0)))" } ?? "")
                    },
                    empty: model.status == .submitted
                        ? "The chair replies by \(CalendarDate.long(model.triageDue))" : "None yet"),
                SummaryRow("On the ladder when brought", text: model.levelBefore?.label, empty: "No involvement plan"),
            ]),
            Blocks.heading("What the project lead asks the panel", level: 2, size: "m"),
            .ol(.class("nhsuk-list nhsuk-list--number"), .forEach(model.questions) { .li(.text($0)) }),
            Blocks.heading("About the project", level: 3, size: "s"),
            Blocks.paragraph(model.summary),
            Blocks.heading("Who is already involved", level: 3, size: "s"),
            Blocks.paragraph(model.alreadyInvolved),
            model.preferredDates.isEmpty ? .empty : Blocks.paragraph("Dates that suit: \(model.preferredDates)"),
            model.reason.map { reason in
                Blocks.inset(Blocks.paragraph("\(model.status.label): \(reason)"))
            } ?? .empty)
    }

    private static func projectSummary(_ model: Model) -> Markup {
        guard let summary = model.projectSummary else { return .empty }
        return Blocks.details(
            "The project's pages in Tandem",
            summaryList([
                SummaryRow("The problem", text: summary.problem),
                SummaryRow("Its aims", text: summary.aims),
                SummaryRow("Where it is", text: summary.stage),
            ]),
            summary.plan.isEmpty
                ? Blocks.paragraph("No involvement plan yet.")
                : dataTable(
                    caption: "Involvement plan", captionSize: "s",
                    columns: [TableColumn(heading: "Step"), TableColumn(heading: "Level"), TableColumn(heading: "Who")],
                    textRows: summary.plan.map { [$0.step, $0.level, $0.who] }),
            summary.milestones.isEmpty
                ? .empty
                : dataTable(
                    caption: "Milestones", captionSize: "s",
                    columns: [TableColumn(heading: "Milestone"), TableColumn(heading: "Due"), TableColumn(heading: "Done")],
                    textRows: summary.milestones.map { [$0.title, CalendarDate.long($0.due), $0.done ? "Yes" : "Not yet"] }))
    }

    private static func information(_ model: Model, context: PageContext) -> Markup {
        guard model.isLead, model.status == .moreInformation else { return .empty }
        return .group(
            Blocks.heading("Send the panel more information", level: 2, size: "m"),
            postForm(
                action: path(model, .information), csrf: context.csrf,
                FormField.textarea(
                    "information", label: "The information the panel asked for", value: nil, error: model.errors["information"],
                    rows: 5),
                Buttons.submit("Send to the chair")))
    }

    private static func triage(_ model: Model, context: PageContext) -> Markup {
        guard model.mayChair, !model.status.triageChoices.isEmpty else { return .empty }
        let input = model.forms.triage, errors = model.errors
        return .group(
            Blocks.heading("Triage", level: 2, size: "m"),
            postForm(
                action: path(model, .triage), csrf: context.csrf,
                FormField.radios(
                    "decision", legend: "What will the panel do?",
                    options: model.status.triageChoices.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: input.decision, error: errors["decision"], small: true),
                model.meetingChoices.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph("The panel has no meetings to come. Add one on the panel's page to accept a project."))
                    : FormField.select(
                        "meeting", label: "The meeting, if accepted", options: model.meetingChoices, selected: input.meeting,
                        error: errors["meeting"], blankLabel: "Choose a meeting"),
                FormField.textarea(
                    "reason", label: "The reason, if more information is needed or it is not for the panel", value: input.reason,
                    error: errors["reason"], hint: "The project lead is told", rows: 3),
                Buttons.submit("Save the decision")))
    }

    private static func pack(_ model: Model, context: PageContext) -> Markup {
        guard model.isMember, [.accepted, .feedbackAgreed, .closed].contains(model.status) else { return .empty }
        let errors = model.errors
        return .group(
            Blocks.heading("First thoughts on the pack", level: 2, size: "m"),
            model.thoughts.isEmpty
                ? Blocks.inset(Blocks.paragraph("No first thoughts yet."))
                : .ul(.class("nhsuk-list"), .forEach(model.thoughts) { .li(.strong(.text("\($0.name): ")), .text($0.text)) }),
            model.status == .accepted
                ? postForm(
                    action: path(model, .thoughts), csrf: context.csrf,
                    FormField.textarea(
                        "thoughts", label: "Your first thoughts (optional)", value: model.forms.thoughts.thoughts,
                        error: errors["thoughts"], hint: "Seen by the panel's members only", rows: 3),
                    Buttons.submit("Save my thoughts", style: .secondary))
                : .empty,
            Blocks.heading("Members' feedback", level: 2, size: "m"),
            model.feedback.isEmpty
                ? Blocks.inset(Blocks.paragraph("No feedback yet."))
                : .group(
                    FeedbackArea.allCases.compactMap { area -> Markup? in
                        let notes = model.feedback.filter { $0.area == area }
                        guard !notes.isEmpty else { return nil }
                        return .group(
                            Blocks.heading(area.label, level: 3, size: "s"),
                            .ul(.class("nhsuk-list"), .forEach(notes) { .li(.strong(.text("\($0.name): ")), .text($0.text)) }))
                    }),
            model.status == .accepted
                ? .group(
                    Blocks.heading("Your feedback, under the panel's framework", level: 3, size: "s"),
                    postForm(
                        action: path(model, .feedback), csrf: context.csrf,
                        .group(
                            FeedbackArea.allCases.map { area in
                                FormField.textarea(
                                    area.rawValue, label: area.label, value: model.forms.feedback.text(area),
                                    error: errors[area.rawValue], hint: area.hint, rows: 3)
                            }),
                        Buttons.submit("Save my feedback", style: .secondary)))
                : .empty,
            model.status == .accepted && model.mayChair
                ? .group(
                    Blocks.heading("The agreed feedback", level: 3, size: "s"),
                    Blocks.paragraph(
                        "As the chair, write what the panel agreed. The project lead sees it and replies to each point."),
                    postForm(
                        action: path(model, .agree), csrf: context.csrf,
                        .group(
                            FeedbackArea.allCases.map { area in
                                FormField.textarea(
                                    "agreed-\(area.rawValue)", label: area.label, value: model.forms.agreed.text(area),
                                    error: errors["agreed-\(area.rawValue)"], rows: 3, name: area.rawValue)
                            }),
                        Buttons.submit("Agree the feedback")))
                : .empty)
    }

    private static func agreed(_ model: Model, context: PageContext) -> Markup {
        guard !model.points.isEmpty else { return .empty }
        return .group(
            Blocks.heading("The panel's feedback", level: 2, size: "m"),
            .group(model.points.map { point($0, model: model, context: context) }))
    }

    private static func point(_ point: Point, model: Model, context: PageContext) -> Markup {
        let suffix = String(point.id.lowercasedString.prefix(8))
        let mine = model.forms.replyPoint == point.id
        let input = mine ? model.forms.reply : PointReplyForm()
        return .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                Blocks.heading(point.area.label, level: 3, size: "s"),
                Blocks.paragraph(point.text),
                point.response.map { response in
                    Blocks.inset(.p(.strong(.text("\(response.label). ")), .text(point.reply ?? "")))
                } ?? .empty,
                model.isLead && point.response == nil && model.status == .feedbackAgreed
                    ? postForm(
                        action: path(model, .reply(.value(point.id))), csrf: context.csrf,
                        FormField.radios(
                            "response-\(suffix)", legend: "Your answer",
                            options: PointResponse.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.response, error: model.errors["response-\(suffix)"], small: true, name: "response"),
                        FormField.textarea(
                            "reply-\(suffix)", label: "Your reply", value: input.reply, error: model.errors["reply-\(suffix)"],
                            rows: 3, name: "reply"),
                        Buttons.submit("Reply", style: .secondary, small: true))
                    : .empty))
    }

    private static func actions(_ model: Model, context: PageContext) -> Markup {
        guard model.status == .feedbackAgreed || model.status == .closed else { return .empty }
        let input = model.forms.action, errors = model.errors
        return .group(
            Blocks.heading("Agreed actions", level: 2, size: "m"),
            model.actions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No actions yet."))
                : dataTable(
                    caption: "Agreed actions", captionHidden: true,
                    columns: [
                        TableColumn(heading: "Action"), TableColumn(heading: "Owner"), TableColumn(heading: "Due"),
                        TableColumn(heading: "Status"),
                    ],
                    rows: model.actions.map { action in
                        [
                            .text(action.text), .text(action.owner), .text(action.dueOn.map(CalendarDate.long) ?? "No date"),
                            model.isLead || model.mayChair
                                ? postForm(
                                    action: path(model, .action(.value(action.id))), csrf: context.csrf,
                                    FormField.cellSelect(
                                        "status", label: "Status of \(action.text)",
                                        options: PanelActionStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                        selected: action.status.rawValue),
                                    Buttons.submit("Update", style: .secondary, small: true))
                                : .text(action.status.label),
                        ]
                    }),
            model.mayChair
                ? postForm(
                    action: path(model, .actions), csrf: context.csrf,
                    FormField.text("text", label: "Add an action", value: input.text, error: errors["text"], labelSize: "s"),
                    FormField.text("owner", label: "Who will do it", value: input.owner, error: errors["owner"]),
                    FormField.date(
                        "due", legend: "Due (optional)",
                        value: DateParts(day: input.dueDay ?? "", month: input.dueMonth ?? "", year: input.dueYear ?? ""),
                        error: errors["due"]),
                    Buttons.submit("Add the action", style: .secondary))
                : .empty)
    }

    private static func followUps(_ model: Model, context: PageContext) -> Markup {
        guard !model.followUpsDue.isEmpty else { return .empty }
        let done = Set(model.followUps.map(\.months))
        let open = model.followUpsDue.filter { !done.contains($0.months) }
        let input = model.forms.followUp, errors = model.errors
        return .group(
            Blocks.heading("What changed: the project's journey", level: 2, size: "m"),
            .ul(
                .class("nhsuk-list"),
                .forEach(model.followUpsDue) { due in
                    .li(
                        .text(
                            "\(due.months) months: \(done.contains(due.months) ? "answered" : "due \(CalendarDate.long(due.due))")"
                        ))
                }),
            .group(
                model.followUps.map { followUp in
                    .div(
                        .class("nhsuk-card"),
                        .div(
                            .class("nhsuk-card__content"),
                            Blocks.heading("At \(followUp.months) months", level: 3, size: "s"),
                            Blocks.paragraph(followUp.whatChanged),
                            .ul(
                                .class("nhsuk-list"),
                                .forEach(followUp.links) { link in .li(.a(.href(link), .text(link))) },
                                .unwrap(followUp.file) { file in
                                    .li(
                                        .a(
                                            .href(path(model, .followUpFile(.value(followUp.id)))),
                                            .text("\(file) (download)")))
                                }),
                            Blocks.paragraph(
                                "On the ladder now: \(followUp.level?.label ?? "no involvement plan")"
                                    + " (when brought: \(model.levelBefore?.label ?? "no plan")). Written \(CalendarDate.long(followUp.writtenAt)).",
                                classes: "nhsuk-body-s")))
                }),
            model.isLead && !open.isEmpty
                ? uploadForm(
                    action: SiteURL.panelReview(.value(model.id), .followUps), csrf: context.csrf,
                    FormField.radios(
                        "months", legend: "Which follow-up",
                        options: open.map {
                            .init(value: String($0.months), label: "\($0.months) months (due \(CalendarDate.long($0.due)))")
                        },
                        selected: input.months ?? open.first.map { String($0.months) }, error: errors["months"], small: true),
                    FormField.textarea(
                        "changed", label: "What changed because of the panel's feedback", value: input.changed,
                        error: errors["changed"], rows: 4),
                    FormField.textarea(
                        "evidence", label: "Evidence: links, one on each line", value: input.evidence, error: errors["evidence"],
                        hint: "A report, a page, a measure's chart, minutes", rows: 3),
                    FormField.file(
                        "file", label: "Or a file (optional)", error: errors["file"],
                        hint:
                            "A document, spreadsheet or picture: \(EvidenceFiles.typeList)"
                    ),
                    Buttons.submit("Send the follow-up", style: .secondary))
                : .empty)
    }

    private static func close(_ model: Model, context: PageContext) -> Markup {
        if let usefulness = model.usefulness {
            return .group(
                Blocks.heading("The project lead's view", level: 2, size: "m"),
                summaryList([
                    SummaryRow("How useful", text: "\(usefulness) out of 5"),
                    SummaryRow("Changed the project's plans", text: model.changedPlans == true ? "Yes" : "No"),
                ]))
        }
        guard model.isLead, model.status == .feedbackAgreed else { return .empty }
        let input = model.forms.close, errors = model.errors
        return .group(
            Blocks.heading("Close the review", level: 2, size: "m"),
            postForm(
                action: path(model, .close), csrf: context.csrf,
                FormField.radios(
                    "usefulness", legend: "How useful was the panel's review? (1 not at all, 5 very)",
                    options: (1...5).map { .init(value: String($0), label: String($0)) }, selected: input.usefulness,
                    error: errors["usefulness"], inline: true, small: true),
                FormField.radios(
                    "changed", legend: "Did the project change its plans because of it?",
                    options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")], selected: input.changed,
                    error: errors["changed"], inline: true, small: true),
                Buttons.submit("Close the review", style: .secondary)))
    }

    private static func time(_ model: Model, context: PageContext) -> Markup {
        guard model.isMember, model.meeting != nil, model.status != .submitted else { return .empty }
        let errors = model.errors
        return .group(
            Blocks.heading("Your time", level: 2, size: "m"),
            Blocks.paragraph("Record the time you gave to this review, so it can be recognised."),
            postForm(
                action: path(model, .time), csrf: context.csrf,
                FormField.text(
                    "hours", label: "Hours at the meeting", value: nil, error: errors["hours"], width: "3", inputmode: "decimal"),
                FormField.text(
                    "preparation", label: "Hours reading the pack", value: nil, error: errors["preparation"],
                    hint: "In quarter hours, like 1.5", width: "3", inputmode: "decimal"),
                Buttons.submit("Record my time", style: .secondary)))
    }
}

/// A panel's yearly report.
enum PanelReportPage {
    struct Model {
        let panelID: UUID
        let panelName: String
        let thisYear: Int
        let report: PanelReports.Year
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let report = model.report
        return Layout.page(
            title: "\(report.year) report - \(model.panelName)", context: context,
            breadcrumbs: [
                Crumb(title: "Peer review panels", href: SiteURL.panels.path),
                Crumb(title: model.panelName, href: SiteURL.panel(.value(model.panelID)).path),
            ],
            content: .div(
                .class("tandem-report"),
                Blocks.heading("\(report.year) report", caption: model.panelName),
                .p(
                    .class("tandem-no-print"),
                    .forEach([model.thisYear - 1, model.thisYear].filter { $0 != report.year }) { year in
                        .a(
                            .href(SiteURL.panel(.value(model.panelID), .report).path(query: [("year", String(year))])),
                            .text("See \(year)"))
                    }),
                summaryList([
                    SummaryRow("Projects brought", text: String(report.submitted)),
                    SummaryRow("Reviews held (feedback agreed)", text: String(report.held)),
                    SummaryRow("The panel's influence", text: report.influence.text),
                    SummaryRow(
                        "Projects that changed their plans",
                        text: report.changedPlans.answered == 0
                            ? nil : "\(report.changedPlans.yes) of the \(report.changedPlans.answered) that said",
                        empty: "No project leads have said yet"),
                    SummaryRow("How useful project leads found it", text: report.usefulness.text),
                    SummaryRow(
                        "Members' time",
                        text: report.memberHours == 0
                            ? nil
                            : "\(TrainerPage.hours(report.memberHours)) from \(report.members) member\(report.members == 1 ? "" : "s")",
                        empty: "None recorded yet"),
                ]),
                report.byStatus.isEmpty
                    ? .empty
                    : dataTable(
                        caption: "Where this year's projects are", captionSize: "s",
                        columns: [TableColumn(heading: "Stage"), TableColumn(heading: "Projects", numeric: true)],
                        textRows: report.byStatus.map { [$0.status.label, String($0.count)] }),
                report.moves.isEmpty
                    ? .empty
                    : dataTable(
                        caption: "Involvement before and after", captionSize: "s",
                        columns: [
                            TableColumn(heading: "Project"), TableColumn(heading: "When brought"),
                            TableColumn(heading: "At the latest follow-up"), TableColumn(heading: "Move"),
                        ],
                        textRows: report.moves.map {
                            [$0.title, $0.before?.label ?? "No plan", $0.after?.label ?? "Not yet", $0.move.label]
                        }),
                report.journeys.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No projects were brought to the panel in \(report.year)."))
                    : dataTable(
                        caption: "Each project's journey", captionSize: "s",
                        columns: [
                            TableColumn(heading: "Project"), TableColumn(heading: "Where it is"),
                            TableColumn(heading: "Feedback agreed"), TableColumn(heading: "Follow-ups"),
                        ],
                        rows: report.journeys.map { journey in
                            [
                                .a(.href(SiteURL.panelReview(.value(journey.id)).path), .text(journey.title)),
                                .text(journey.status.label), .text(journey.agreedAt.map(CalendarDate.long) ?? "Not yet"),
                                .text(
                                    journey.followUps.isEmpty
                                        ? "None yet" : journey.followUps.map { "\($0) months" }.joined(separator: ", ")),
                            ]
                        })))
    }
}
