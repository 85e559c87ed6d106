import Foundation
import Plot
import TandemCore

/// Recording a PPG meeting: the date, the members who came, practice staff and the PCN.
enum PPGMeetingFormPage {
    struct Model {
        let ppgID: UUID
        let ppgName: String
        let members: [(id: UUID, name: String, kind: PPGMembershipKind)]
        let form: PPGMeetingForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Record a meeting - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Record a meeting", caption: model.ppgName),
                    postForm(
                        action: SiteURL.ppg(.value(model.ppgID), .meetings).path, csrf: context.csrf,
                        FormField.radios(
                            "kind", legend: "What kind of meeting",
                            options: PPGMeetingKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.kind, error: errors["kind"], small: true),
                        FormField.date(
                            "held", legend: "When it was held",
                            value: DateParts(day: input.heldDay ?? "", month: input.heldMonth ?? "", year: input.heldYear ?? ""),
                            error: errors["held"], hint: "For example, 12 11 2026"),
                        model.members.isEmpty
                            ? Blocks.inset(Blocks.paragraph("The PPG has no members yet, so nobody can be marked present."))
                            : FormField.checkboxes(
                                "present", legend: "Members who came",
                                options: model.members.map {
                                    .init(value: $0.id.lowercasedString, label: $0.name, hint: $0.kind.label)
                                },
                                selected: Set(input.present ?? []), error: errors["present"], small: true),
                        FormField.text(
                            "staff", label: "How many practice staff came", value: input.staff, error: errors["staff"],
                            width: "2",
                            inputmode: "numeric"),
                        FormField.checkboxes(
                            "pcn", legend: "Primary Care Network",
                            options: [.init(value: "yes", label: "A PCN representative came")],
                            selected: Set(input.pcn ?? []), small: true),
                        FormField.textarea(
                            "notes", label: "Notes (optional)", value: input.notes, error: errors["notes"], rows: 6),
                        Buttons.submit("Record the meeting")))))
    }
}

/// A meeting's page: who came, the notes, its actions with their answers.
enum PPGMeetingPage {
    struct Action {
        let id: UUID
        let text: String
        let owner: String
        let dueOn: Date?
        let status: PPGActionStatus
        let response: String?
    }

    struct Model {
        let ppgID: UUID
        let ppgName: String
        let id: UUID
        let kind: PPGMeetingKind
        let heldOn: Date
        let present: [(String, PPGMembershipKind)]
        let staff: Int
        let pcn: Bool
        let notes: String
        let actions: [Action]
        let mayRun: Bool
        let actionForm: OwnedActionForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors, input = model.actionForm
        let heading = "\(model.kind.label), \(CalendarDate.long(model.heldOn))"
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "\(heading) - \(model.ppgName)", context: context,
            breadcrumbs: [
                Crumb(title: "PPGs", href: SiteURL.ppgs.path),
                Crumb(title: model.ppgName, href: SiteURL.ppg(.value(model.ppgID)).path),
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading(heading, caption: model.ppgName),
                summaryList([
                    SummaryRow(
                        "Members who came",
                        text: model.present.isEmpty
                            ? nil : model.present.map { "\($0.0) (\($0.1.label.lowercased()))" }.joined(separator: ", "),
                        empty: "None recorded"),
                    SummaryRow("Practice staff", text: String(model.staff)),
                    SummaryRow("PCN representative", text: model.pcn ? "Came" : "Did not come"),
                    SummaryRow("Notes", text: model.notes, empty: "No notes"),
                ]),
                Blocks.heading("Actions", level: 2, size: "m"),
                model.actions.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No actions from this meeting."))
                    : .group(model.actions.map { action(model, $0, context: context) }),
                model.mayRun
                    ? .group(
                        Blocks.heading("Add an action", level: 3, size: "s"),
                        postForm(
                            action: SiteURL.ppg(.value(model.ppgID), .actions(.value(model.id))).path, csrf: context.csrf,
                            FormField.text("text", label: "The action", value: input.text, error: errors["text"]),
                            FormField.text(
                                "owner", label: "Who will do it", value: input.owner, error: errors["owner"],
                                hint: "For example: Practice manager, or the chair"),
                            FormField.date(
                                "due", legend: "Due (optional)",
                                value: DateParts(day: input.dueDay ?? "", month: input.dueMonth ?? "", year: input.dueYear ?? ""),
                                error: errors["due"]),
                            Buttons.submit("Add the action", style: .secondary))) : .empty))
    }

    static func action(_ model: Model, _ action: Action, context: PageContext) -> Markup {
        .div(
            .class("nhsuk-card"),
            .div(
                .class("nhsuk-card__content"),
                Blocks.heading(action.text, level: 3, size: "s"),
                summaryList(
                    [
                        SummaryRow("Owner", text: action.owner),
                        SummaryRow("Due", text: action.dueOn.map(CalendarDate.long), empty: "No date"),
                        SummaryRow("Status", Blocks.tag(action.status.label, colour: action.status == .open ? "blue" : "grey")),
                        SummaryRow("The practice's answer", text: action.response, empty: "None yet"),
                    ], border: false),
                model.mayRun
                    ? Blocks.details(
                        "Update this action",
                        postForm(
                            action: SiteURL.ppg(.value(model.ppgID), .action(.value(action.id))).path, csrf: context.csrf,
                            FormField.select(
                                "status", label: "Where it stands",
                                options: PPGActionStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                                selected: action.status.rawValue),
                            FormField.textarea("response", label: "The practice's answer", value: action.response, rows: 2),
                            Buttons.submit("Save", style: .secondary, small: true))) : .empty))
    }
}
