import Foundation
import Plot
import TandemCore

/// The peer review panels a viewer may see.
enum PanelListPage {
    struct Model {
        let rows: [(id: UUID, name: String, organisation: String)]
        let mayAdd: Bool
        let maySubmit: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        BodyListPage.render(
            .init(
                title: "Peer review panels",
                intro: "Patient-led panels where project leads bring their improvement projects for the patient perspective."
                    + (model.maySubmit ? " Open a panel to bring a project to it." : ""),
                add: model.mayAdd ? ("Set up a panel", SiteURL.newPanel.path) : nil,
                empty: model.mayAdd ? "No panels yet." : "You are not a member of a peer review panel.", noun: "Panel",
                detailHeading: "Serves",
                rows: model.rows.map { .init(href: SiteURL.panel(.value($0.id)).path, name: $0.name, detail: $0.organisation) }),
            context: context)
    }
}

/// Setting up a panel.
enum PanelFormPage {
    struct Model {
        let organisations: [FormField.Option]
        let form: PanelForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Set up a panel", context: context,
            breadcrumbs: [Crumb(title: "Peer review panels", href: SiteURL.panels.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Set up a panel"),
                    postForm(
                        action: SiteURL.panels.path, csrf: context.csrf,
                        FormField.text("name", label: "Name", value: input.name, error: errors["name"]),
                        FormField.select(
                            "organisation", label: "The organisation it serves", options: model.organisations,
                            selected: input.organisation, error: errors["organisation"], blankLabel: "Choose an organisation"),
                        FormField.textarea(
                            "terms", label: "Terms of reference", value: input.terms, error: errors["terms"],
                            hint: "What the panel is for, how it works, and how members are recruited and recognised",
                            rows: 8),
                        FormField.text(
                            "projects", label: "Projects a meeting takes", value: input.projects, error: errors["projects"],
                            width: "2", inputmode: "numeric"),
                        FormField.checkboxes(
                            "public", legend: "Public form",
                            options: [.init(value: "yes", label: "People outside Tandem may bring a project on a public form")],
                            selected: Set(input.open ?? []), small: true),
                        Buttons.submit("Set up the panel")))))
    }
}

/// A panel: terms of reference, members with their terms, meetings, and its reviews.
enum PanelPage {
    struct Member {
        let name: String
        let role: PanelRole
        let starts: Date
        let ends: Date?
        let serving: Bool
    }

    struct Review {
        let id: UUID
        let title: String
        let status: ReviewStatus
        let submittedAt: Date
        let triageDue: Date?
    }

    struct Model {
        let id: UUID
        let name: String
        let organisation: String
        let terms: String
        let projectsPerMeeting: Int
        let publicSubmissions: Bool
        let members: [Member]
        let meetings: [(when: String, venue: String)]
        let reviews: [Review]
        let mayManage: Bool
        let mayWork: Bool
        let maySubmit: Bool
        let forms: PanelController.Forms
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + model.name, context: context,
            breadcrumbs: [Crumb(title: "Peer review panels", href: SiteURL.panels.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading(model.name, caption: model.organisation),
                Buttons.group(
                    model.maySubmit
                        ? Buttons.link("Bring a project to the panel", href: SiteURL.panel(.value(model.id), .submit).path)
                        : .empty,
                    model.mayWork
                        ? Buttons.link("Yearly report", href: SiteURL.panel(.value(model.id), .report).path, style: .secondary)
                        : .empty),
                Blocks.details("Terms of reference", Blocks.paragraph(model.terms)),
                summaryList([
                    SummaryRow("Projects a meeting takes", text: String(model.projectsPerMeeting)),
                    SummaryRow(
                        "Public form",
                        model.publicSubmissions
                            ? .a(.href(SiteURL.publicPanelSubmission(.value(model.id)).path), .text("Open to anyone"))
                            : .text("Signed-in staff only")),
                ]),
                reviews(model),
                meetings(model, context: context),
                members(model, context: context)))
    }

    private static func reviews(_ model: Model) -> Markup {
        .group(
            Blocks.heading(model.mayWork ? "Projects brought to the panel" : "Your projects at this panel", level: 2, size: "m"),
            model.reviews.isEmpty
                ? Blocks.inset(Blocks.paragraph("No projects yet."))
                : dataTable(
                    caption: "Projects", captionHidden: true,
                    columns: [
                        TableColumn(heading: "Project"), TableColumn(heading: "Brought"), TableColumn(heading: "Where it is"),
                    ],
                    rows: model.reviews.map { review in
                        [
                            .a(.href(SiteURL.panelReview(.value(review.id)).path), .text(review.title)),
                            .text(CalendarDate.long(review.submittedAt)),
                            .group(
                                Blocks.tag(review.status.label, colour: colour(review.status)),
                                review.triageDue.map { .text(" The chair replies by \(CalendarDate.long($0))") } ?? .empty),
                        ]
                    }))
    }

    static func colour(_ status: ReviewStatus) -> String {
        switch status {
        case .submitted, .moreInformation: "yellow"
        case .accepted: "blue"
        case .feedbackAgreed: "green"
        case .declined, .closed: "grey"
        }
    }

    private static func meetings(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.meeting, errors = model.errors
        return .group(
            Blocks.heading("Meetings", level: 2, size: "m"),
            model.meetings.isEmpty
                ? Blocks.inset(Blocks.paragraph("No meetings yet."))
                : .ul(
                    .class("nhsuk-list nhsuk-list--bullet"), .forEach(model.meetings) { .li(.text("\($0.when), \($0.venue)")) }),
            model.mayManage
                ? .group(
                    Blocks.heading("Add a meeting", level: 3, size: "s"),
                    postForm(
                        action: SiteURL.panel(.value(model.id), .meetings).path, csrf: context.csrf,
                        FormField.date(
                            "on", legend: "Date",
                            value: DateParts(day: input.day ?? "", month: input.month ?? "", year: input.year ?? ""),
                            error: errors["on"]),
                        FormField.text("starts", label: "Starts", value: input.starts, error: errors["starts"], width: "5"),
                        FormField.text("ends", label: "Ends", value: input.ends, error: errors["ends"], width: "5"),
                        FormField.text(
                            "venue", label: "Where", value: input.venue, error: errors["venue"],
                            hint: "A place with its access information, or \"Online\""),
                        Buttons.submit("Add the meeting", style: .secondary)))
                : .empty)
    }

    private static func members(_ model: Model, context: PageContext) -> Markup {
        let input = model.forms.member, errors = model.errors
        return .group(
            Blocks.heading("Members", level: 2, size: "m"),
            model.members.isEmpty
                ? Blocks.inset(Blocks.paragraph("No members yet."))
                : dataTable(
                    caption: "The panel's members", captionHidden: true,
                    columns: [TableColumn(heading: "Name"), TableColumn(heading: "Role"), TableColumn(heading: "Term")],
                    textRows: model.members.map { member in
                        [
                            member.name, member.role.label,
                            "From \(CalendarDate.long(member.starts))"
                                + (member.ends.map { " to \(CalendarDate.long($0))" } ?? "")
                                + (member.serving ? "" : " (not serving now)"),
                        ]
                    }),
            model.mayManage
                ? MemberTermFields.markup(
                    action: SiteURL.panel(.value(model.id), .members).path, form: input,
                    roles: PanelRole.allCases.map { .init(value: $0.rawValue, label: $0.label) }, errors: errors,
                    csrf: context.csrf)
                : .empty)
    }
}
