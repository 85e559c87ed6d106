import Foundation
import Plot
import TandemCore

/// The governance groups a viewer may see.
enum GroupListPage {
    struct Model {
        let rows: [(id: UUID, name: String, kind: String)]
        let mayAdd: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        BodyListPage.render(
            .init(
                title: "Governance groups",
                intro:
                    "Patient-led groups that oversee the programme: Check and Challenge groups, steering groups and PPG networks.",
                add: model.mayAdd ? ("Set up a group", SiteURL.newGroup.path) : nil,
                empty: model.mayAdd ? "No groups yet." : "You are not a member of a governance group.", noun: "Group",
                detailHeading: "Kind",
                rows: model.rows.map { .init(href: SiteURL.group(.value($0.id)).path, name: $0.name, detail: $0.kind) }),
            context: context)
    }
}

/// Setting up a group.
enum GroupFormPage {
    struct Model {
        let form: GroupForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Set up a group", context: context,
            breadcrumbs: [Crumb(title: "Governance groups", href: SiteURL.groups.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Set up a group"),
                    postForm(
                        action: SiteURL.groups.path, csrf: context.csrf,
                        FormField.text("name", label: "Name", value: input.name, error: errors["name"]),
                        FormField.radios(
                            "kind", legend: "Kind of group",
                            options: GroupKind.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: input.kind,
                            error: errors["kind"], small: true),
                        FormField.textarea("purpose", label: "Purpose", value: input.purpose, error: errors["purpose"], rows: 3),
                        FormField.textarea(
                            "terms", label: "Terms of reference", value: input.terms, error: errors["terms"],
                            hint: "How the group works: membership, roles, decisions, conflicts of interest, recognition", rows: 8
                        ),
                        FormField.text(
                            "quorum", label: "Quorum", value: input.quorum, error: errors["quorum"],
                            hint: "How many members (not advisers) must be present for decisions", width: "2",
                            inputmode: "numeric"),
                        FormField.text(
                            "schedule", label: "Meeting schedule", value: input.schedule, error: errors["schedule"],
                            hint: "For example, \u{201C}Every other month, on a Tuesday evening\u{201D}"),
                        Buttons.submit("Set up the group")))))
    }
}

/// Rows shared by the group page and the meeting page.
struct DecisionRow: Sendable {
    let number: Int
    let text: String
    let meeting: String
    let quorum: String
    let quorate: Bool
}

struct ActionRow: Sendable {
    let id: UUID
    let text: String
    let owner: String
    let due: Date?
    let status: GroupActionStatus
    let raised: String
    let note: String?
}

/// A group: purpose and terms of reference with versions, members, meetings, the action and decision
/// logs, the challenge register and the programme plan.
enum GroupPage {
    struct Member {
        let name: String
        let role: String
        let starts: Date
        let ends: Date?
        let serving: Bool
    }

    struct Meeting {
        let id: UUID
        let when: String
        let venue: String
        let minutes: MinutesStatus
    }

    struct ChallengeRow {
        let id: UUID
        let item: String
        let broughtBy: String
        let challenge: String
        let asked: String
        let due: Date?
        let response: String?
        let outcome: ChallengeOutcome
    }

    struct Phase {
        let id: UUID
        let name: String
        let starts: Date
        let ends: Date
        let aims: String
        let checkpoints: [String]
        let status: PhaseStatus
        let report: String?
    }

    struct Model {
        let id: UUID
        let name: String
        let kind: GroupKind
        let purpose: String
        let quorum: Int
        let schedule: String
        let terms: [(version: Int, text: String, note: String, at: Date)]
        let members: [Member]
        let meetings: [Meeting]
        let decisions: [DecisionRow]
        let actions: [ActionRow]
        let challenges: [ChallengeRow]
        let phases: [Phase]
        let mayManage: Bool
        let mayRun: Bool
        let forms: GroupController.Forms
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.name, context: context,
            breadcrumbs: [Crumb(title: "Governance groups", href: SiteURL.groups.path)],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading(model.name, caption: model.kind.label),
                Blocks.paragraph(model.purpose),
                summaryList([
                    SummaryRow("Quorum", text: "\(model.quorum) members (advisers do not count)"),
                    SummaryRow("Meets", text: model.schedule),
                ]),
                terms(model, context: context),
                meetings(model, context: context),
                actionLog(model),
                decisionLog(model.decisions, caption: "Decision log"),
                challenges(model, context: context),
                plan(model, context: context),
                members(model, context: context)))
    }

    private static func terms(_ model: Model, context: PageContext) -> Markup {
        guard let current = model.terms.first else { return .empty }
        return .group(
            Blocks.details(
                "Terms of reference (version \(current.version))", Blocks.paragraph(current.text),
                model.terms.count > 1
                    ? .group(
                        Blocks.heading("Earlier versions", level: 3, size: "s"),
                        .forEach(model.terms.dropFirst()) { version in
                            Blocks.details(
                                "Version \(version.version), \(CalendarDate.long(version.at)): \(version.note)",
                                Blocks.paragraph(version.text))
                        }) : .empty,
                model.mayRun
                    ? postForm(
                        action: SiteURL.group(.value(model.id), .terms).path, csrf: context.csrf,
                        FormField.textarea(
                            "terms", label: "A new version", value: current.text, error: model.errors["terms"], rows: 8),
                        FormField.text("change", label: "What changed", value: nil, error: model.errors["change"]),
                        Buttons.submit("Save a new version", style: .secondary)) : .empty))
    }

    private static func meetings(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.meeting, errors = model.errors
        return .group(
            Blocks.heading("Meetings", level: 2, size: "m"),
            model.meetings.isEmpty
                ? Blocks.inset(Blocks.paragraph("No meetings yet."))
                : dataTable(
                    caption: "Meetings", captionHidden: true,
                    columns: [TableColumn(heading: "When"), TableColumn(heading: "Where"), TableColumn(heading: "Minutes")],
                    rows: model.meetings.map {
                        [
                            .a(.href(SiteURL.groupMeeting(.value($0.id)).path), .text($0.when)), .text($0.venue),
                            .text($0.minutes.label),
                        ]
                    }),
            model.mayRun
                ? .group(
                    Blocks.heading("Add a meeting", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.group(.value(model.id), .meetings).path, csrf: context.csrf,
                        FormField.date(
                            "on", legend: "Date",
                            value: DateParts(day: input.day ?? "", month: input.month ?? "", year: input.year ?? ""),
                            error: errors["on"]),
                        FormField.text("starts", label: "Starts", value: input.starts, error: errors["starts"], width: "5"),
                        FormField.text("ends", label: "Ends", value: input.ends, error: errors["ends"], width: "5"),
                        FormField.text(
                            "venue", label: "Where", value: input.venue, error: errors["venue"],
                            hint: "A place with its access information, or \u{201C}Online\u{201D}"),
                        Buttons.submit("Add the meeting", style: .secondary))) : .empty)
    }

    private static func actionLog(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Action log", level: 2, size: "m"),
            model.actions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No actions yet."))
                : actionTable(model.actions, caption: "Action log"))
    }

    static func actionTable(_ actions: [ActionRow], caption: String) -> Markup {
        dataTable(
            caption: caption, captionHidden: true,
            columns: [
                TableColumn(heading: "Action"), TableColumn(heading: "Owner"), TableColumn(heading: "Due"),
                TableColumn(heading: "Raised"), TableColumn(heading: "Status"),
            ],
            textRows: actions.map {
                [
                    $0.text + ($0.note.map { ". Update: \($0)" } ?? ""), $0.owner, $0.due.map(CalendarDate.long) ?? "No date",
                    $0.raised, $0.status.label,
                ]
            })
    }

    static func decisionLog(_ decisions: [DecisionRow], caption: String) -> Markup {
        .group(
            Blocks.heading(caption, level: 2, size: "m"),
            decisions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No decisions yet."))
                : dataTable(
                    caption: caption, captionHidden: true,
                    columns: [
                        TableColumn(heading: "Number"), TableColumn(heading: "Decision"), TableColumn(heading: "Meeting"),
                        TableColumn(heading: "Quorum"),
                    ],
                    rows: decisions.map {
                        [
                            .text("D\($0.number)"), .text($0.text), .text($0.meeting),
                            $0.quorate ? .text($0.quorum) : Blocks.tag($0.quorum, colour: "red"),
                        ]
                    }))
    }

    /// A card on one of the group's registers (a challenge, a phase): what it is, where it stands, and the
    /// form to update it for those who run the group.
    private static func card(_ heading: String, _ content: [Markup], update: Markup?) -> Markup {
        .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                .h3(.class("nhsuk-card__heading nhsuk-heading-s"), .text(heading)),
                .group(content),
                update ?? .empty))
    }

    private static func challenges(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.challenge, errors = model.errors
        return .div(
            .id("challenges"),
            Blocks.heading("Challenge register", level: 2, size: "m"),
            model.challenges.isEmpty
                ? Blocks.inset(Blocks.paragraph("Nothing has been brought to the group yet."))
                : .forEach(model.challenges) { item in
                    card(
                        item.item,
                        [
                            summaryList([
                                SummaryRow("Brought by", text: item.broughtBy),
                                SummaryRow("Challenge", text: item.challenge),
                                SummaryRow(
                                    "Response asked",
                                    text: item.asked + (item.due.map { ", by \(CalendarDate.long($0))" } ?? "")),
                                SummaryRow("Response given", text: item.response, empty: "None yet"),
                                SummaryRow("Where it stands", Blocks.tag(item.outcome.label)),
                            ])
                        ],
                        update: model.mayRun
                            ? postForm(
                                action: SiteURL.group(.value(model.id), .challenge(.value(item.id))).path, csrf: context.csrf,
                                FormField.textarea(
                                    "response", label: "The response given", value: item.response, rows: 2,
                                    name: "response"),
                                FormField.cellSelect(
                                    "outcome", label: "What the group decided about \(item.item)",
                                    options: ChallengeOutcome.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                    selected: item.outcome.rawValue),
                                Buttons.submit("Update", style: .secondary)) : nil)
                },
            model.mayRun
                ? .group(
                    Blocks.heading("Bring an item to the group", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.group(.value(model.id), .challenges).path, csrf: context.csrf,
                        FormField.text("item", label: "What was brought", value: input.item, error: errors["item"]),
                        FormField.text("brought-by", label: "Brought by", value: input.broughtBy, error: errors["brought-by"]),
                        FormField.textarea(
                            "challenge", label: "The challenge the group raised", value: input.challenge,
                            error: errors["challenge"], rows: 3),
                        FormField.textarea(
                            "asked", label: "The response asked of the programme or organisation", value: input.asked,
                            error: errors["asked"], rows: 2),
                        FormField.date(
                            "due", legend: "Response by (optional)",
                            value: DateParts(day: input.dueDay ?? "", month: input.dueMonth ?? "", year: input.dueYear ?? ""),
                            error: errors["due"]),
                        Buttons.submit("Add to the register", style: .secondary))) : .empty)
    }

    private static func plan(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.phase, errors = model.errors
        return .div(
            .id("plan"),
            Blocks.heading("Programme plan", level: 2, size: "m"),
            model.phases.isEmpty
                ? Blocks.inset(Blocks.paragraph("No phases yet."))
                : .forEach(model.phases) { phase in
                    card(
                        "\(phase.name): \(CalendarDate.long(phase.starts)) to \(CalendarDate.long(phase.ends))",
                        [
                            Blocks.paragraph(phase.aims),
                            phase.checkpoints.isEmpty ? .empty : Blocks.bulletList(phase.checkpoints),
                            summaryList([
                                SummaryRow("Status", Blocks.tag(phase.status.label)),
                                SummaryRow("Report to the group", text: phase.report, empty: "None yet"),
                            ]),
                        ],
                        update: model.mayRun
                            ? postForm(
                                action: SiteURL.group(.value(model.id), .phase(.value(phase.id))).path, csrf: context.csrf,
                                FormField.cellSelect(
                                    "status", label: "Status of \(phase.name)",
                                    options: PhaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                    selected: phase.status.rawValue),
                                FormField.textarea(
                                    "report", label: "Report to the group", value: phase.report, rows: 2, name: "report"),
                                Buttons.submit("Update", style: .secondary)) : nil)
                },
            model.mayRun
                ? .group(
                    Blocks.heading("Add a phase", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.group(.value(model.id), .phases).path, csrf: context.csrf,
                        FormField.text(
                            "name", label: "Phase", value: input.name, error: errors["name"],
                            hint: "For example, \u{201C}Identify and explore (January to April)\u{201D}"),
                        FormField.textarea("aims", label: "Aims", value: input.aims, error: errors["aims"], rows: 2),
                        FormField.textarea(
                            "checkpoints", label: "Checkpoints (one on each line)", value: input.checkpoints, rows: 3),
                        FormField.date(
                            "starts", legend: "Starts",
                            value: DateParts(
                                day: input.startDay ?? "", month: input.startMonth ?? "", year: input.startYear ?? ""),
                            error: errors["starts"]),
                        FormField.date(
                            "ends", legend: "Ends",
                            value: DateParts(day: input.endDay ?? "", month: input.endMonth ?? "", year: input.endYear ?? ""),
                            error: errors["ends"]),
                        Buttons.submit("Add the phase", style: .secondary))) : .empty)
    }

    private static func members(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.heading("Members", level: 2, size: "m"),
            model.members.isEmpty
                ? Blocks.inset(Blocks.paragraph("No members yet."))
                : dataTable(
                    caption: "Members", captionHidden: true,
                    columns: [TableColumn(heading: "Name"), TableColumn(heading: "Role"), TableColumn(heading: "Term")],
                    textRows: model.members.map { member in
                        [
                            member.name, member.role,
                            "From \(CalendarDate.long(member.starts))"
                                + (member.ends.map { " to \(CalendarDate.long($0))" } ?? "")
                                + (member.serving ? "" : " (not serving now)"),
                        ]
                    }),
            model.mayManage
                ? MemberTermFields.markup(
                    action: SiteURL.group(.value(model.id), .members).path, form: model.forms.member,
                    roles: GroupRole.allCases.map { .init(value: $0.rawValue, label: $0.label) }, errors: model.errors,
                    csrf: context.csrf) : .empty)
    }
}
