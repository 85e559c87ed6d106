import Foundation
import Plot
import TandemCore

/// A PPG's own page: its details and status, members, meetings, open actions and the changes
/// made at the practice with it ("You said, we did").
enum PPGPage {
    struct Member {
        let id: UUID
        let name: String
        let kind: PPGMembershipKind
        let office: PPGOffice?
        let joinedOn: Date
    }

    struct Meeting {
        let id: UUID
        let heldOn: Date
        let kind: PPGMeetingKind
        let membersPresent: Int
        let staff: Int
        let pcn: Bool
    }

    struct Model {
        let id: UUID
        let name: String
        let practice: String
        let practiceCode: String?
        let pcn: String?
        let status: PPGStatus
        let format: PPGMeetingFormat
        let frequency: String
        let startedOn: Date?
        let lead: String?
        let howToJoin: String
        let members: [Member]
        let meetings: [Meeting]
        let openActions: [(id: UUID, text: String, owner: String, dueOn: Date?, meetingID: UUID)]
        let improvements: [(youSaid: String, weDid: String, madeOn: Date)]
        let practiceChanges: [(text: String, implementedOn: Date?)]
        let history: [(status: PPGStatus, reason: String, at: Date, by: String?)]
        let healthMet: Int?
        let pairs: [(id: UUID, words: String, status: BuddyPairStatus)]
        let mayRun: Bool
    }

    struct Forms {
        var status = PPGStatusForm()
        var member = PPGMemberForm()
        var improvement = PPGImprovementForm()
        var errors = FormErrors()
    }

    static func render(_ model: Model, forms: Forms, context: PageContext) -> HTML {
        let id = model.id
        return Layout.page(
            title: (forms.errors.isEmpty ? "" : "Error: ") + "\(model.name) - \(model.practice)", context: context,
            breadcrumbs: [Crumb(title: "PPGs", href: SiteURL.ppgs.path)],
            content: .group(
                errorSummary(forms.errors),
                Blocks.heading(model.name, caption: model.practice),
                Blocks.tag(model.status.label, colour: model.status.colour),
                summaryList([
                    SummaryRow("Practice", text: [model.practice, model.practiceCode].compactMap { $0 }.joined(separator: ", ")),
                    SummaryRow("Primary Care Network", text: model.pcn, empty: "Not under a PCN"),
                    SummaryRow("How it meets", text: "\(model.format.label). \(model.frequency)"),
                    SummaryRow("Started", text: model.startedOn.map(CalendarDate.long), empty: "Not recorded"),
                    SummaryRow("Practice lead", text: model.lead, empty: "None named"),
                    SummaryRow("How to join (public)", text: model.howToJoin),
                ]),
                Buttons.group(
                    Buttons.link(
                        model.healthMet.map { "Health check: \($0) of 4 met" } ?? "Health check",
                        href: SiteURL.ppg(.value(id), .health).path, style: .secondary),
                    Buttons.link("Self-assessment", href: SiteURL.ppg(.value(id), .selfAssessment).path, style: .secondary),
                    Buttons.link("Registered patients", href: SiteURL.ppg(.value(id), .population).path, style: .secondary),
                    Buttons.link("Yearly statement", href: SiteURL.ppg(.value(id), .statement).path, style: .secondary),
                    model.mayRun
                        ? Buttons.link("Change the details", href: SiteURL.ppg(.value(id), .edit).path, style: .secondary)
                        : .empty
                ),
                model.pairs.isEmpty
                    ? .empty
                    : .group(
                        Blocks.heading("Buddy scheme", level: 2, size: "m"),
                        .ul(
                            .class("nhsuk-list"),
                            .forEach(model.pairs) { pair in
                                .li(
                                    link(pair.words, href: SiteURL.ppg(.value(id), .buddy(.value(pair.id))).path), .text(" "),
                                    Blocks.tag(pair.status.label, colour: pair.status == .active ? "green" : "grey"))
                            })),
                members(model, forms: forms, context: context),
                meetings(model),
                actions(model),
                improvements(model, forms: forms, context: context),
                history(model, forms: forms, context: context)))
    }

    static func members(_ model: Model, forms: Forms, context: PageContext) -> Markup {
        let errors = forms.errors, input = forms.member
        return .group(
            Blocks.heading("Members", level: 2, size: "m"),
            model.members.isEmpty
                ? Blocks.inset(Blocks.paragraph("No members yet."))
                : dataTable(
                    caption: "\(counted(model.members.count, "current member", "current members"))", captionHidden: true,
                    columns: [
                        .init(heading: "Name"), .init(heading: "Group"), .init(heading: "Office"), .init(heading: "Joined"),
                    ]
                        + (model.mayRun ? [.init(heading: "Leaving")] : []),
                    rows: model.members.map { member in
                        [
                            .plain(member.name), .plain(member.kind.label), .plain(member.office?.label ?? ""),
                            .plain(CalendarDate.short(member.joinedOn)),
                        ]
                            + (model.mayRun
                                ? [
                                    postForm(
                                        action: SiteURL.ppg(.value(model.id), .leave(.value(member.id))).path, csrf: context.csrf,
                                        Buttons.submit("Has left", style: .secondary, small: true))
                                ] : [])
                    }),
            model.mayRun
                ? Blocks.details(
                    "Add a member",
                    postForm(
                        action: SiteURL.ppg(.value(model.id), .members).path, csrf: context.csrf,
                        FormField.text(
                            "email", label: "Their email address", value: input.email, error: errors["email"],
                            hint: "They must already be in Tandem. They are given the PPG member role.", type: "email"),
                        FormField.radios(
                            "kind", legend: "Group",
                            options: PPGMembershipKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.kind, error: errors["kind"], inline: true),
                        FormField.select(
                            "office", label: "Office (optional)",
                            options: PPGOffice.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.office,
                            error: errors["office"], blankLabel: "None"),
                        FormField.date(
                            "joined", legend: "When they joined (optional)",
                            value: DateParts(
                                day: input.joinedDay ?? "", month: input.joinedMonth ?? "", year: input.joinedYear ?? ""),
                            error: errors["joined"], hint: "Leave empty for today"),
                        Buttons.submit("Add the member"))) : .empty)
    }

    static func meetings(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Meetings", level: 2, size: "m"),
            model.mayRun
                ? Buttons.link("Record a meeting", href: SiteURL.ppg(.value(model.id), .newMeeting).path, style: .secondary)
                : .empty,
            model.meetings.isEmpty
                ? Blocks.inset(Blocks.paragraph("No meetings recorded yet."))
                : dataTable(
                    caption: "The latest meetings", captionHidden: true,
                    columns: [
                        .init(heading: "Date"), .init(heading: "Meeting"), .init(heading: "Members present", numeric: true),
                        .init(heading: "Practice staff", numeric: true), .init(heading: "PCN representative"),
                    ],
                    rows: model.meetings.map { meeting in
                        [
                            link(
                                CalendarDate.short(meeting.heldOn),
                                href: SiteURL.ppg(.value(model.id), .meeting(.value(meeting.id))).path),
                            .plain(meeting.kind.label), .plain(String(meeting.membersPresent)), .plain(String(meeting.staff)),
                            .plain(meeting.pcn ? "Yes" : "No"),
                        ]
                    }))
    }

    static func actions(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Open actions", level: 2, size: "m"),
            model.openActions.isEmpty
                ? Blocks.inset(Blocks.paragraph("No open actions."))
                : dataTable(
                    caption: "Open actions", captionHidden: true,
                    columns: [.init(heading: "Action"), .init(heading: "Owner"), .init(heading: "Due")],
                    rows: model.openActions.map { action in
                        [
                            link(action.text, href: SiteURL.ppg(.value(model.id), .meeting(.value(action.meetingID))).path),
                            .plain(action.owner), .plain(action.dueOn.map(CalendarDate.short) ?? ""),
                        ]
                    }))
    }

    static func improvements(_ model: Model, forms: Forms, context: PageContext) -> Markup {
        let errors = forms.errors, input = forms.improvement
        let rows: [[Markup]] =
            model.improvements.map { [.plain($0.youSaid), .plain($0.weDid), .plain(CalendarDate.short($0.madeOn))] }
            + model.practiceChanges.map {
                [.plain("A project's recommendation"), .plain($0.text), .plain($0.implementedOn.map(CalendarDate.short) ?? "")]
            }
        return .group(
            Blocks.heading("You said, we did", level: 2, size: "m"),
            Blocks.paragraph(
                "Changes made at the practice: those the PPG records, and the practice's projects' recommendations put in place."),
            rows.isEmpty
                ? Blocks.inset(Blocks.paragraph("No changes recorded yet."))
                : dataTable(
                    caption: "Changes at the practice", captionHidden: true,
                    columns: [.init(heading: "You said"), .init(heading: "We did"), .init(heading: "Made")], rows: rows),
            model.mayRun
                ? Blocks.details(
                    "Record a change",
                    postForm(
                        action: SiteURL.ppg(.value(model.id), .improvements).path, csrf: context.csrf,
                        FormField.textarea(
                            "you-said", label: "You said", value: input.youSaid, error: errors["you-said"], rows: 2),
                        FormField.textarea("we-did", label: "We did", value: input.weDid, error: errors["we-did"], rows: 2),
                        FormField.date(
                            "made", legend: "When the change was made",
                            value: DateParts(day: input.madeDay ?? "", month: input.madeMonth ?? "", year: input.madeYear ?? ""),
                            error: errors["made"]),
                        Buttons.submit("Record the change"))) : .empty)
    }

    static func history(_ model: Model, forms: Forms, context: PageContext) -> Markup {
        let errors = forms.errors
        return .group(
            Blocks.heading("Status history", level: 2, size: "m"),
            dataTable(
                caption: "Status history", captionHidden: true,
                columns: [.init(heading: "When"), .init(heading: "Status"), .init(heading: "Why"), .init(heading: "By")],
                textRows: model.history.map { [CalendarDate.short($0.at), $0.status.label, $0.reason, $0.by ?? ""] }),
            model.mayRun
                ? Blocks.details(
                    "Change the status",
                    postForm(
                        action: SiteURL.ppg(.value(model.id), .status).path, csrf: context.csrf,
                        FormField.radios(
                            "status", legend: "Status",
                            options: PPGStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: forms.status.status ?? model.status.rawValue, error: errors["status"], small: true),
                        FormField.text("reason", label: "Why", value: forms.status.reason, error: errors["reason"]),
                        Buttons.submit("Change the status"))) : .empty)
    }
}
