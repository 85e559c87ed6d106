import Foundation
import Plot
import TandemCore

/// A group's meeting: agenda and papers, attendance and quorum, declarations, decisions, actions
/// (raised here and carried from earlier meetings) and minutes.
enum GroupMeetingPage {
    struct Item {
        let id: UUID
        let position: Int
        let title: String
        let presenter: String?
        let paperName: String?
        let resource: (title: String, slug: String)?
    }

    struct Attendee {
        let id: UUID
        let name: String
        let role: String
        let attendance: Attendance?
    }

    struct Model {
        let id: UUID
        let groupID: UUID
        let groupName: String
        let when: String
        let venue: String
        let eventID: UUID
        let quorum: Int
        let presentCounting: Int
        let agenda: [Item]
        let register: [Attendee]
        let declarations: [(name: String, text: String)]
        let decisions: [DecisionRow]
        let actions: [ActionRow]
        let minutes: String
        let minutesStatus: MinutesStatus
        /// Whether the approved minutes, decisions and papers are published beyond the members.
        let published: Bool
        let approvedAt: Date?
        let comments: [(name: String, text: String)]
        let toApprove: [(id: UUID, when: String)]
        let library: [FormField.Option]
        let mayRun: Bool
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + "Meeting, \(model.when)", context: context,
            breadcrumbs: [
                Crumb(title: "Governance groups", href: SiteURL.groups.path),
                Crumb(title: model.groupName, href: SiteURL.group(.value(model.groupID)).path),
            ],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading("Meeting, \(model.when)", caption: model.groupName),
                Blocks.paragraph(model.venue),
                agenda(model, context: context),
                attendance(model, context: context),
                declarations(model, context: context),
                decisions(model, context: context),
                actions(model, context: context),
                minutes(model, context: context)))
    }

    private static func agenda(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.heading("Agenda", level: 2, size: "m"),
            Blocks.paragraph("Papers are for the group's members only."),
            model.agenda.isEmpty
                ? Blocks.inset(Blocks.paragraph("No items yet."))
                : .ol(
                    .class("nhsuk-list nhsuk-list--number"),
                    .forEach(model.agenda) { item in
                        .li(
                            .text(item.title + (item.presenter.map { " (\($0))" } ?? "")),
                            item.paperName.map { name in
                                .group(
                                    .text(". Paper: "),
                                    .a(
                                        .href(SiteURL.groupMeeting(.value(model.id), .paper(.value(item.id))).path),
                                        .text("\(name) (download)")))
                            } ?? .empty,
                            item.resource.map { resource in
                                .group(
                                    .text(". From the library: "),
                                    .a(.href(SiteURL.publicResource(.value(resource.slug)).path), .text(resource.title)))
                            } ?? .empty)
                    }),
            model.mayRun
                ? .group(
                    Blocks.heading("Add an agenda item", level: 3, size: "s"),
                    uploadForm(
                        action: SiteURL.groupMeeting(.value(model.id), .agenda), csrf: context.csrf,
                        FormField.text("title", label: "Item", value: nil, error: model.errors["title"]),
                        FormField.text("presenter", label: "Presented by (optional)", value: nil),
                        FormField.file(
                            "paper", label: "Paper (optional)", error: model.errors["paper"],
                            hint: "A document, spreadsheet or picture, seen only by members"),
                        model.library.isEmpty
                            ? .empty
                            : FormField.select(
                                "resource", label: "Or a paper from the library (optional)", options: model.library,
                                selected: nil, error: model.errors["resource"], blankLabel: "None"),
                        Buttons.submit("Add the item", style: .secondary))) : .empty)
    }

    private static func attendance(_ model: Model, context: PageContext) -> Markup {
        let quorate = GovernanceRules.isQuorate(presentCounting: model.presentCounting, quorum: model.quorum)
        let note = GovernanceRules.quorumNote(presentCounting: model.presentCounting, quorum: model.quorum)
        return .group(
            Blocks.heading("Attendance", level: 2, size: "m"),
            quorate ? Blocks.paragraph(note) : Blocks.warning("Not quorate", Blocks.paragraph(note)),
            model.mayRun
                ? postForm(
                    action: SiteURL.groupMeeting(.value(model.id), .attendance).path, csrf: context.csrf,
                    dataTable(
                        caption: "Attendance", captionHidden: true,
                        columns: [
                            TableColumn(heading: "Name"), TableColumn(heading: "Role"), TableColumn(heading: "Attendance"),
                        ],
                        rows: model.register.map { person in
                            [
                                .text(person.name), .text(person.role),
                                FormField.cellSelect(
                                    "attendance-\(person.id.lowercasedString)", label: "Attendance of \(person.name)",
                                    options: [.init(value: "", label: "Not recorded")]
                                        + Attendance.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                    selected: person.attendance?.rawValue),
                            ]
                        }),
                    Buttons.submit("Save attendance", style: .secondary))
                : dataTable(
                    caption: "Attendance", captionHidden: true,
                    columns: [TableColumn(heading: "Name"), TableColumn(heading: "Role"), TableColumn(heading: "Attendance")],
                    textRows: model.register.map { [$0.name, $0.role, $0.attendance?.label ?? "Not recorded"] }))
    }

    private static func declarations(_ model: Model, context: PageContext) -> Markup {
        .group(
            Blocks.heading("Declarations of interest", level: 2, size: "m"),
            model.declarations.isEmpty
                ? Blocks.paragraph("None declared.")
                : Blocks.bulletList(model.declarations.map { "\($0.name): \($0.text)" }),
            postForm(
                action: SiteURL.groupMeeting(.value(model.id), .declarations).path, csrf: context.csrf,
                FormField.text(
                    "declaration-text", label: "Declare an interest of your own", value: nil,
                    error: model.errors["declaration-text"], name: "text"),
                Buttons.submit("Declare", style: .secondary)))
    }

    private static func decisions(_ model: Model, context: PageContext) -> Markup {
        .group(
            GroupPage.decisionLog(model.decisions, caption: "Decisions at this meeting"),
            model.mayRun
                ? postForm(
                    action: SiteURL.groupMeeting(.value(model.id), .decisions).path, csrf: context.csrf,
                    FormField.textarea(
                        "decision-text", label: "Record a decision", value: nil, error: model.errors["decision-text"],
                        hint: "It is numbered in the group's decision log with the quorum now", rows: 2, name: "text"),
                    Buttons.submit("Record the decision", style: .secondary)) : .empty)
    }

    private static func actions(_ model: Model, context: PageContext) -> Markup {
        .div(
            .id("actions"),
            Blocks.heading("Actions", level: 2, size: "m"),
            model.actions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No actions raised or carried."))
                : .group(
                    GroupPage.actionTable(model.actions, caption: "Actions raised and carried"),
                    model.mayRun
                        ? .forEach(model.actions.filter { $0.status.isCarried }) { action in
                            postForm(
                                action: SiteURL.groupMeeting(.value(model.id), .action(.value(action.id))).path,
                                csrf: context.csrf,
                                FormField.cellSelect(
                                    "status", label: "Status of \u{201C}\(action.text)\u{201D}",
                                    options: GroupActionStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                    selected: action.status.rawValue),
                                FormField.text(
                                    "note-\(action.id.lowercasedString)", label: "Update on \u{201C}\(action.text)\u{201D}",
                                    value: action.note, name: "note"),
                                Buttons.submit("Update the action", style: .secondary))
                        } : .empty),
            model.mayRun
                ? .group(
                    Blocks.heading("Raise an action", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.groupMeeting(.value(model.id), .actions).path, csrf: context.csrf,
                        FormField.text(
                            "action-text", label: "Action", value: nil, error: model.errors["action-text"], name: "text"),
                        FormField.text(
                            "action-owner", label: "Owner", value: nil, error: model.errors["action-owner"], name: "owner"),
                        FormField.date("due", legend: "Due (optional)", value: DateParts(), error: model.errors["due"]),
                        Buttons.submit("Raise the action", style: .secondary))) : .empty)
    }

    private static func minutes(_ model: Model, context: PageContext) -> Markup {
        .div(
            .id("the-minutes"),
            Blocks.heading("Minutes", level: 2, size: "m"),
            Blocks.tag(
                model.minutesStatus.label + (model.approvedAt.map { " at the meeting of \(CalendarDate.long($0))" } ?? "")),
            model.minutes.isEmpty ? .empty : Blocks.paragraph(model.minutes),
            model.comments.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("Comments from members", level: 3, size: "s"),
                    Blocks.bulletList(model.comments.map { "\($0.name): \($0.text)" })),
            model.minutesStatus == .shared
                ? postForm(
                    action: SiteURL.groupMeeting(.value(model.id), .comments).path, csrf: context.csrf,
                    FormField.textarea(
                        "comment", label: "Your comment on the draft", value: nil, error: model.errors["comment"], rows: 2),
                    Buttons.submit("Add my comment", style: .secondary)) : .empty,
            model.mayRun && model.minutesStatus != .approved
                ? postForm(
                    action: SiteURL.groupMeeting(.value(model.id), .minutes).path, csrf: context.csrf,
                    FormField.textarea(
                        "minutes", label: "Draft minutes", value: model.minutes, error: model.errors["minutes"], rows: 8),
                    FormField.radios(
                        "share", legend: "Then",
                        options: [
                            .init(value: "no", label: "Save the draft"),
                            .init(value: "yes", label: "Share the draft with members for comment"),
                        ], selected: "no", small: true),
                    Buttons.submit("Save the minutes", style: .secondary)) : .empty,
            publication(model, context: context),
            model.mayRun && !model.toApprove.isEmpty
                ? .group(
                    Blocks.heading("Minutes to approve at this meeting", level: 3, size: "s"),
                    model.errors["approve"].map { .p(.class("nhsuk-error-message"), .id("approve"), .text($0)) } ?? .empty,
                    .forEach(model.toApprove) { earlier in
                        postForm(
                            action: SiteURL.groupMeeting(.value(model.id), .approve).path, csrf: context.csrf,
                            FormField.hidden("earlier", earlier.id.lowercasedString),
                            Buttons.submit("Approve the minutes of \(earlier.when)"))
                    }) : .empty)
    }

    /// Publishing approved minutes beyond the members, or withdrawing them; members see whether they are.
    private static func publication(_ model: Model, context: PageContext) -> Markup {
        guard model.minutesStatus == .approved else { return .empty }
        let publicPage = SiteURL.group(.value(model.groupID), .published).path
        if model.published {
            return .group(
                .p(
                    Blocks.tag("Published", colour: "green"), .text(" Anyone can read these minutes, decisions and papers on "),
                    .a(.href(publicPage), .text("the group's published page")), .text(".")),
                model.mayRun
                    ? postForm(
                        action: SiteURL.groupMeeting(.value(model.id), .publication).path, csrf: context.csrf,
                        FormField.hidden("publish", "no"),
                        Buttons.submit("Withdraw from publication", style: .secondary)) : .empty)
        }
        guard model.mayRun else { return Blocks.paragraph("Only members can read these minutes and papers.") }
        return .group(
            Blocks.heading("Publish beyond the members", level: 3, size: "s"),
            Blocks.paragraph(
                "Until they are published, only members can read these minutes, decisions and papers. Published, anyone can read them on the group's published page; declarations of interest, comments and the register are never published."
            ),
            postForm(
                action: SiteURL.groupMeeting(.value(model.id), .publication).path, csrf: context.csrf,
                FormField.hidden("publish", "yes"),
                FormField.checkboxes(
                    "checked", legend: "Before you publish",
                    options: [
                        .init(
                            value: "yes",
                            label:
                                "I have checked that the minutes, decisions and papers hold nothing that should stay within the group"
                        )
                    ], selected: [], error: model.errors["checked"], small: true),
                Buttons.submit("Publish the minutes and papers", style: .secondary)))
    }
}
