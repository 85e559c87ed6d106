import Foundation
import Plot
import TandemCore

/// The organisers' list of events: upcoming first, then past.
enum EventListPage {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let kind: EventKind
        let status: EventStatus
        let when: String
        let places: String
    }

    struct Model {
        let rows: [Row]
        let filter: EventFilter
        let topics: [String]
        let organisations: [FormField.Option]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let filter = model.filter, past = filter.past
        return Layout.page(
            title: past ? "Past events" : "Events", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading(past ? "Past events" : "Events"),
                Blocks.paragraph(
                    "Workshops, webinars, training sessions and meetings people register for. Published events for anyone are listed on the public What's on page."
                ),
                Buttons.link("Plan an event", href: SiteURL.newEvent.path),
                .p(
                    past
                        ? link("Upcoming events", href: SiteURL.events.path)
                        : link("Past events", href: SiteURL.events.path(query: [("when", "past")]))),
                getForm(
                    action: SiteURL.events.path,
                    past ? FormField.hidden("when", "past") : .empty,
                    .div(
                        .class("tandem-filters"),
                        FormField.select(
                            "kind", label: "Kind", options: EventKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: filter.kind, blankLabel: "Any"),
                        FormField.select(
                            "topic", label: "Topic", options: model.topics.map { .init(value: $0, label: $0) },
                            selected: filter.topic, blankLabel: "Any"),
                        FormField.select(
                            "audience", label: "For",
                            options: EventAudience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: filter.audience, blankLabel: "Anyone"),
                        FormField.select(
                            "organisation", label: "Run by", options: model.organisations, selected: filter.organisation,
                            blankLabel: "Any organisation"),
                        Buttons.submit("Filter", style: .secondary))),
                model.rows.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph(
                            filter.isFiltered
                                ? "No events match these filters." : past ? "No past events yet." : "No events are planned yet."))
                    : dataTable(
                        caption:
                            "\(counted(model.pagination.totalItems, past ? "past event" : "upcoming event", past ? "past events" : "upcoming events"))",
                        columns: [
                            .init(heading: "Event"), .init(heading: "When"), .init(heading: "Places"), .init(heading: "Status"),
                        ],
                        rows: model.rows.map { row in
                            [
                                link(row.title, href: SiteURL.event(.value(row.id)).path), .plain(row.when), .plain(row.places),
                                Blocks.tag(row.status.label, colour: row.status == .published ? "green" : "grey"),
                            ]
                        }),
                pagination(
                    model.pagination, href: { SiteURL.events.path(query: filter.query(page: $0)) }, noun: "events")))
    }
}

/// Planning an event.
enum EventFormPage {
    struct Model {
        /// nil while planning a new one.
        var id: UUID? = nil
        var eventTitle: String? = nil
        var projects: [FormField.Option] = []
        var organisations: [FormField.Option] = []
        /// Staff plan events for their own organisation only.
        var organisationFixed = false
        let form: EventForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        let heading = model.id == nil ? "Plan an event" : "Change the event"
        var crumbs = [Crumb(title: "Events", href: SiteURL.events.path)]
        if let id = model.id, let title = model.eventTitle {
            crumbs.append(Crumb(title: title, href: SiteURL.event(.value(id)).path))
        }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + heading, context: context,
            breadcrumbs: crumbs,
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(heading),
                    model.id == nil
                        ? .empty
                        : Blocks.inset(
                            Blocks.paragraph(
                                "Everyone registered is emailed if the time or place changes, with the updated calendar entry.")),
                    postForm(
                        action: model.id.map { SiteURL.event(.value($0), .edit).path } ?? SiteURL.events.path, csrf: context.csrf,
                        FormField.text("title", label: "Title", value: input.title, error: errors["title"]),
                        FormField.textarea(
                            "summary", label: "What it is for, in a sentence", value: input.summary, error: errors["summary"],
                            rows: 2, maxLength: 500),
                        FormField.textarea(
                            "details", label: "More about it (optional)", value: input.details, error: errors["details"],
                            maxLength: TextLimit.long),
                        FormField.text(
                            "topics", label: "Topics (optional)", value: input.topics, error: errors["topics"],
                            hint:
                                "Separate them with commas, for example: PPG support, Accessibility. People can find events by topic."
                        ),
                        model.organisationFixed
                            ? FormField.hidden("organisation", model.organisations.first?.value ?? "")
                            : FormField.select(
                                "organisation", label: "Run by (optional)", options: model.organisations,
                                selected: input.organisation,
                                hint: "Staff of this organisation can run the event too.", blankLabel: "Not said"),
                        FormField.textarea(
                            "run-by", label: "Who runs it (optional)", value: input.runBy, error: errors["run-by"],
                            hint:
                                "The email addresses of people in Tandem, one on each line, the lead first. Patient partners who co-facilitate belong here too.",
                            rows: 3),
                        FormField.select(
                            "project", label: "Project (optional)", options: model.projects, selected: input.project,
                            hint:
                                "The project the event serves: its surveys can gather feedback, and what came out of it joins the project.",
                            blankLabel: "None"),
                        FormField.radios(
                            "kind", legend: "Kind of event",
                            options: EventKind.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: input.kind,
                            error: errors["kind"]),
                        FormField.radios(
                            "audience", legend: "Who it is for",
                            options: EventAudience.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.audience, error: errors["audience"],
                            hint: "Events for anyone are listed on the public What's on page once published."),
                        FormField.date(
                            "on", legend: "Date", value: input.date, error: errors["on"], hint: "For example, 28 3 2027"),
                        FormField.text(
                            "starts", label: "Starts (UK time)", value: input.starts, error: errors["starts"],
                            hint: "For example, 10:00 or 2:30pm", width: "5"),
                        FormField.text(
                            "ends", label: "Ends (UK time)", value: input.ends, error: errors["ends"], width: "5"),
                        FormField.text(
                            "venue", label: "Where (leave empty for an online event)", value: input.venue, error: errors["venue"],
                            autocomplete: "street-address"),
                        FormField.checkboxes(
                            "step-free", legend: "Step-free access",
                            options: [.init(value: "yes", label: "The venue has step-free access")],
                            selected: Set(input.stepFree ?? []), small: true),
                        FormField.checkboxes(
                            "hearing-loop", legend: "Hearing loop",
                            options: [.init(value: "yes", label: "The venue has a hearing loop")],
                            selected: Set(input.hearingLoop ?? []), small: true),
                        FormField.text("parking", label: "Parking (optional)", value: input.parking, error: errors["parking"]),
                        FormField.text(
                            "joining-link", label: "Online joining link (optional)", value: input.joiningLink,
                            error: errors["joining-link"], hint: "Sent only to people with a place.", type: "url"),
                        FormField.text(
                            "capacity", label: "Places (optional)", value: input.capacity, error: errors["capacity"],
                            hint: "Leave empty for no limit. When full, people join a waiting list.", width: "4",
                            inputmode: "numeric"),
                        FormField.text(
                            "reminder-days", label: "Reminder, days before (optional)", value: input.reminderDays,
                            error: errors["reminder-days"], hint: "Leave empty to send no reminder.", width: "2",
                            inputmode: "numeric"),
                        Buttons.submit(model.id == nil ? "Save as a draft" : "Save")))))
    }
}

/// An event for its organisers: its details, publishing or cancelling it, the people
/// registered with their access needs (only organisers see them), and attendance.
enum EventPage {
    struct Person: Sendable {
        let id: UUID
        let name: String
        let email: String
        let organisation: String?
        let needs: String
        let status: RegistrationStatus
        let attendance: Attendance?
        let code: String
    }

    struct Model {
        let id: UUID
        let title: String
        let summary: String
        let kind: EventKind
        let audience: EventAudience
        let status: EventStatus
        let cancelReason: String?
        let when: String
        let place: String
        let places: String
        let people: [Person]
        /// What the event produced for the library: its slides, handouts, recordings.
        let materials: [Material]
        let materialsForm: EventMaterialsForm
        let maxUploadMB: Int
        let messageForm: EventMessageForm
        let topics: [String]
        let runBy: [String]
        /// After the event has started.
        let closing: Closing?
        let errors: FormErrors
    }

    struct Closing {
        let present: Int
        let apologies: Int
        let didNotAttend: Int
        let notRecorded: Int
        let byOrganisation: [(name: String, count: Int)]
        let outcomes: String?
        let project: (id: UUID, title: String)?
        let surveys: [FormField.Option]
        let feedbackSentAt: Date?
        let feedbackSurvey: String?
    }

    struct Material: Sendable {
        let id: UUID
        let title: String
        let status: ResourceStatus
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.title, context: context,
            breadcrumbs: [Crumb(title: "Events", href: SiteURL.events.path)],
            content: .group(
                errorSummary(model.errors),
                Blocks.heading(model.title, caption: model.kind.label),
                .p(Blocks.tag(model.status.label, colour: model.status == .published ? "green" : "grey")),
                summaryList(
                    [
                        SummaryRow("What it is for", text: model.summary),
                        SummaryRow("When", text: "\(model.when) (UK time)"),
                        SummaryRow("Where", text: model.place),
                        SummaryRow("For", text: model.audience.label),
                        SummaryRow("Places", text: model.places),
                        SummaryRow(
                            "Run by", text: model.runBy.isEmpty ? nil : model.runBy.joined(separator: "; "), empty: "Not said"),
                        SummaryRow("Topics", text: model.topics.isEmpty ? nil : TopicTags.text(model.topics), empty: "None"),
                        model.cancelReason.map { SummaryRow("Why it was cancelled", text: $0) },
                    ].compactMap { $0 }),
                .ul(
                    .class("nhsuk-list"),
                    model.status == .cancelled
                        ? .empty : .li(link("Change the event", href: SiteURL.event(.value(model.id), .edit).path)),
                    model.status == .published || model.status == .held
                        ? .li(link("Check in at the door", href: SiteURL.event(.value(model.id), .checkIn).path)) : .empty,
                    model.audience == .public && model.status != .draft
                        ? .li(link("Its public page", href: SiteURL.publicEvent(.value(model.id)).path)) : .empty),
                statusForm(model, csrf: context.csrf),
                Blocks.heading("People registered", level: 2, size: "m"),
                model.people.isEmpty
                    ? .empty
                    : .p(
                        link("Download the registrations (CSV)", href: SiteURL.event(.value(model.id), .export).path),
                        .span(.class("nhsuk-body-s"), " Each download is recorded in the audit log.")),
                model.people.isEmpty
                    ? Blocks.paragraph("Nobody has registered yet.")
                    : postForm(
                        action: SiteURL.event(.value(model.id), .attendance).path, csrf: context.csrf,
                        dataTable(
                            caption: "People registered", captionHidden: true,
                            columns: [
                                .init(heading: "Name"), .init(heading: "Place"), .init(heading: "Needs"),
                                .init(heading: "Check-in code"), .init(heading: "Attendance"),
                            ],
                            rows: model.people.map { person in
                                [
                                    .group(
                                        .plain(person.name),
                                        .span(
                                            .class("nhsuk-body-s tandem-muted"),
                                            .plain(" \(person.email)" + (person.organisation.map { ", \($0)" } ?? "")))),
                                    .plain(person.status.label), .plain(person.needs), .plain(person.code),
                                    person.status == .confirmed ? attendanceSelect(person) : .plain("-"),
                                ]
                            }),
                        Buttons.submit("Save attendance", style: .secondary)),
                model.people.isEmpty ? .empty : message(model, csrf: context.csrf),
                model.closing.map { closing(model, $0, csrf: context.csrf) } ?? .empty,
                materials(model, csrf: context.csrf)))
    }

    /// The closing record: who came and from where, what came out of it, and the feedback survey.
    private static func closing(_ model: Model, _ closing: Closing, csrf: String) -> Markup {
        .div(
            .id("closing"),
            Blocks.heading("Closing record", level: 2, size: "m"),
            summaryList([
                SummaryRow("Came", text: counted(closing.present, "person", "people")),
                SummaryRow("Sent apologies", text: closing.apologies.commaGrouped),
                SummaryRow("Did not come", text: closing.didNotAttend.commaGrouped),
                SummaryRow("Not recorded yet", text: closing.notRecorded.commaGrouped),
            ]),
            closing.byOrganisation.isEmpty
                ? .empty
                : dataTable(
                    caption: "Who came, by organisation or practice", captionSize: "s",
                    columns: [.init(heading: "Organisation or practice"), .init(heading: "People", numeric: true)],
                    rows: closing.byOrganisation.map { [.plain($0.name), .plain($0.count.commaGrouped)] }),
            postForm(
                action: SiteURL.event(.value(model.id), .closing).path, csrf: csrf,
                FormField.textarea(
                    "outcomes", label: "What came out of it", value: closing.outcomes, error: model.errors["outcomes"],
                    hint: "Decisions, ideas and actions, and where they went: a project's evidence or findings, the library.",
                    rows: 4, maxLength: TextLimit.long),
                Buttons.submit("Save the closing record", style: .secondary)),
            closing.project.map { project in
                .p(
                    .plain("Its project: "), link(project.title, href: SiteURL.project(.value(project.id)).path), .plain(" ("),
                    link("evidence", href: SiteURL.project(.value(project.id), .evidence).path), .plain(", "),
                    link("findings", href: SiteURL.project(.value(project.id), .findings).path), .plain(")"))
            } ?? .empty,
            Blocks.heading("Feedback survey", level: 3, size: "s"),
            feedback(model, closing, csrf: csrf))
    }

    private static func feedback(_ model: Model, _ closing: Closing, csrf: String) -> Markup {
        if let sent = closing.feedbackSentAt {
            return Blocks.paragraph(
                "\u{201C}\(closing.feedbackSurvey ?? "The survey")\u{201D} went to the people who came on \(CalendarDate.long(sent))."
            )
        }
        guard closing.project != nil else {
            return Blocks.paragraph(
                "Link the event to a project (under Change the event) to send one of its surveys to the people who came; their answers join the project's evidence."
            )
        }
        guard !closing.surveys.isEmpty else {
            return Blocks.paragraph(
                "The project has no surveys yet. Make one on the project's Surveys page, then send it from here.")
        }
        return postForm(
            action: SiteURL.event(.value(model.id), .feedback).path, csrf: csrf,
            FormField.select(
                "survey", label: "Survey", options: closing.surveys, selected: nil, error: model.errors["survey"],
                blankLabel: "Choose a survey"),
            Buttons.submit("Send its link to the \(counted(closing.present, "person", "people")) who came", style: .secondary))
    }

    /// An email to everyone registered, through the outbox.
    private static func message(_ model: Model, csrf: String) -> Markup {
        let form = model.messageForm, errors = model.errors
        return Blocks.details(
            "Email everyone registered",
            postForm(
                action: SiteURL.event(.value(model.id), .message).path, csrf: csrf,
                FormField.text("subject", label: "Subject", value: form.subject, error: errors["subject"]),
                FormField.textarea(
                    "message", label: "Message", value: form.message, error: errors["message"], rows: 5,
                    maxLength: TextLimit.short),
                FormField.radios(
                    "who", legend: "Send it to",
                    options: [
                        .init(value: "places", label: "Everyone with a place"),
                        .init(value: "everyone", label: "Everyone with a place and the waiting list"),
                    ], selected: form.who, error: errors["who"], small: true),
                Buttons.submit("Send", style: .secondary)))
    }

    /// The event's materials in the library, and publishing another in one step.
    private static func materials(_ model: Model, csrf: String) -> Markup {
        let form = model.materialsForm, errors = model.errors
        return .div(
            .id("materials"),
            Blocks.heading("Materials in the library", level: 2, size: "m"),
            model.materials.isEmpty
                ? Blocks.paragraph("Nothing from this event is in the library yet.")
                : .ul(
                    .class("nhsuk-list"),
                    .forEach(model.materials) { material in
                        .li(
                            link(material.title, href: SiteURL.resource(.value(material.id)).path), " ",
                            Blocks.tag(material.status.label, colour: material.status == .published ? "green" : "grey"))
                    }),
            uploadForm(
                action: SiteURL.event(.value(model.id), .materials), csrf: csrf,
                Blocks.paragraph(
                    "Publish the slides, a handout or the recording to the free public library in one step. It takes the event's topics and links back to it."
                ),
                FormField.text("title", label: "Title in the library", value: form.title, error: errors["title"]),
                FormField.select(
                    "kind", label: "What it is",
                    options: [ResourceKind.slides, .guide, .template, .recording, .report].map {
                        .init(value: $0.rawValue, label: $0.label)
                    }, selected: form.kind, error: errors["kind"]),
                FormField.file(
                    "materials-file", label: "File", error: errors["materials-file"],
                    hint: "PDF, PowerPoint, Word, a picture, audio or video; up to \(model.maxUploadMB) MB."),
                Buttons.submit("Publish to the library", style: .secondary)))
    }

    private static func attendanceSelect(_ person: Person) -> Markup {
        let id = "attendance-\(person.id.lowercasedString.prefix(8))"
        return .group(
            element("label", .class("nhsuk-u-visually-hidden"), .attr("for", id), .plain("Attendance of \(person.name)")),
            element(
                "select", .class("nhsuk-select"), .attr("id", id), .attr("name", "attendance-\(person.id.lowercasedString)"),
                element("option", .attr("value", ""), .flag("selected", person.attendance == nil), "Not recorded"),
                .group(
                    Attendance.allCases.map { choice in
                        element(
                            "option", .attr("value", choice.rawValue), .flag("selected", person.attendance == choice),
                            .plain(choice.label))
                    })))
    }

    private static func statusForm(_ model: Model, csrf: String) -> Markup {
        let next = model.status.next
        guard !next.isEmpty else { return .empty }
        return postForm(
            action: SiteURL.event(.value(model.id), .status).path, csrf: csrf,
            Blocks.heading("Its status", level: 2, size: "m"),
            FormField.radios(
                "status", legend: "What happens to it now",
                options: next.map { .init(value: $0.rawValue, label: $0 == .published ? "Publish it" : $0.label) },
                selected: nil, error: model.errors["status"]),
            FormField.textarea(
                "reason", label: "If cancelled: why", value: nil, error: model.errors["reason"],
                hint: "Everyone registered is told, with this reason.", rows: 2, maxLength: TextLimit.short),
            Buttons.submit("Save"))
    }
}
