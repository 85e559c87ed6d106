import Foundation
import Plot
import TandemCore

/// "What's on": published public events anyone can register for, without an account.
enum WhatsOnPage {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let summary: String
        let kind: EventKind
        let when: String
        let place: String
        let full: Bool
    }

    struct Model {
        let rows: [Row]
        var filter = EventFilter()
        var topics: [String] = []
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "What's on", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("What's on"),
                Blocks.lead("Workshops, webinars and meetings anyone can join. Register without an account."),
                getForm(
                    action: SiteURL.whatsOn.path,
                    .div(
                        .class("tandem-filters"),
                        FormField.select(
                            "kind", label: "Kind", options: EventKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: model.filter.kind, blankLabel: "Any"),
                        FormField.select(
                            "topic", label: "Topic", options: model.topics.map { .init(value: $0, label: $0) },
                            selected: model.filter.topic, blankLabel: "Any"),
                        Buttons.submit("Filter", style: .secondary))),
                model.rows.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph(
                            model.filter.isFiltered
                                ? "Nothing matches these filters just now."
                                : "Nothing is planned just now. Please look again soon."))
                    : .ul(
                        .class("nhsuk-list nhsuk-list--border"),
                        .forEach(model.rows) { row in
                            .li(
                                element(
                                    "h2", .class("nhsuk-heading-s nhsuk-u-margin-bottom-1"),
                                    link(row.title, href: SiteURL.publicEvent(.value(row.id)).path)),
                                .p(
                                    .class("nhsuk-body-s nhsuk-u-margin-bottom-1"),
                                    .plain("\(row.kind.label) · \(row.when) · \(row.place)"),
                                    row.full ? .group(" ", Blocks.tag("Full: waiting list", colour: "orange")) : .empty),
                                Blocks.paragraph(row.summary))
                        }),
                pagination(model.pagination, href: { SiteURL.whatsOn.path(query: model.filter.query(page: $0)) }, noun: "events"))
        )
    }
}

/// One event's public page, with the registration form while it takes registrations.
enum PublicEventPage {
    struct Model {
        let id: UUID
        let title: String
        let summary: String
        let details: String
        let kind: EventKind
        let status: EventStatus
        let cancelReason: String?
        let when: String
        let venue: String?
        let access: [String]
        let online: Bool
        let placesLeft: Int?
        let open: Bool
        let form: RegistrationForm
        /// Who is signed in, to register with one click.
        var signedInAs: String? = nil
        /// Patient partners help run it (named only to the organisers).
        var withPartners = false
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: (model.errors.isEmpty ? "" : "Error: ") + model.title, context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path), Crumb(title: "What's on", href: SiteURL.whatsOn.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(model.errors),
                    Blocks.heading(model.title, caption: model.kind.label),
                    model.status == .cancelled
                        ? Blocks.warning(
                            "This event is cancelled", Blocks.paragraph(model.cancelReason ?? "We are sorry for the change."))
                        : .empty,
                    Blocks.lead(model.summary),
                    summaryList(
                        [
                            SummaryRow("When", text: "\(model.when) (UK time)"),
                            SummaryRow(
                                "Where",
                                text: model.venue ?? "Online. The joining link is sent to people with a place."),
                            model.access.isEmpty ? nil : SummaryRow("Access", text: model.access.joined(separator: ", ")),
                            model.withPartners ? SummaryRow("Run with", text: "Patient partners, as co-facilitators") : nil,
                            model.placesLeft.map {
                                SummaryRow(
                                    "Places",
                                    text: $0 > 0 ? counted($0, "place left", "places left") : "Full: join the waiting list")
                            },
                        ].compactMap { $0 }),
                    model.details.isEmpty
                        ? .empty : .forEach(model.details.split(separator: "\n\n")) { Blocks.paragraph(String($0)) },
                    .p(link("Add it to your calendar (.ics)", href: SiteURL.publicEventCalendar(.value(model.id)).path)),
                    model.open
                        ? (model.signedInAs.map { registerMe(model, as: $0, csrf: context.csrf) }
                            ?? form(model, csrf: context.csrf)) : .empty)))
    }

    /// One click for someone signed in: Tandem already holds their details and needs.
    private static func registerMe(_ model: Model, as name: String, csrf: String) -> Markup {
        postForm(
            action: SiteURL.registerMe(.value(model.id)).path, csrf: csrf,
            Blocks.heading(model.placesLeft == 0 ? "Join the waiting list" : "Register", level: 2, size: "m"),
            .div(
                .classes("nhsuk-form-group", model.errors["register-me"] == nil ? nil : "nhsuk-form-group--error"),
                .id("register-me"),
                model.errors["register-me"].map {
                    .span(.class("nhsuk-error-message"), .span(.class("nhsuk-u-visually-hidden"), "Error: "), .plain($0))
                } ?? .empty,
                Blocks.paragraph(
                    "You are signed in as \(name). We use the contact details and access needs in your profile, and contact you about this event only."
                )),
            Buttons.submit(model.placesLeft == 0 ? "Join the waiting list" : "Register me"))
    }

    private static func form(_ model: Model, csrf: String) -> Markup {
        let input = model.form
        return postForm(
            action: SiteURL.publicEvent(.value(model.id)).path, csrf: csrf,
            Blocks.heading(model.placesLeft == 0 ? "Join the waiting list" : "Register", level: 2, size: "m"),
            FormField.text("name", label: "Your name", value: input.name, error: model.errors["name"], autocomplete: "name"),
            FormField.text(
                "email", label: "Email address", value: input.email, error: model.errors["email"],
                hint: "We send your confirmation, the calendar entry and your cancel link here.", type: "email",
                autocomplete: "email", spellcheck: false),
            FormField.text(
                "phone", label: "Phone number (optional)", value: input.phone, error: model.errors["phone"], type: "tel",
                autocomplete: "tel"),
            FormField.text(
                "organisation", label: "Organisation or GP practice (optional)", value: input.organisation,
                error: model.errors["organisation"]),
            FormField.checkboxes(
                "access", legend: "What would help you take part? (optional)",
                options: AccessNeed.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: Set(input.access ?? []), hint: "Only the organisers see this.", small: true),
            FormField.textarea(
                "access-other", label: "Anything else you need (optional)", value: input.accessOther,
                error: model.errors["access-other"], rows: 2, maxLength: TextLimit.short),
            model.venue == nil
                ? .empty
                : FormField.textarea(
                    "dietary", label: "Dietary needs (optional)", value: input.dietary, error: model.errors["dietary"], rows: 2,
                    maxLength: TextLimit.short),
            FormField.checkboxes(
                "consent", legend: "Contacting you about this event",
                options: [.init(value: "yes", label: "You may contact me about this event")],
                selected: Set(input.consent ?? []), error: model.errors["consent"], small: true),
            FormField.checkboxes(
                "future", legend: "Future events (optional)",
                options: [.init(value: "yes", label: "Tell me about future events too")],
                selected: Set(input.future ?? []), hint: "You can ask us to stop at any time.", small: true),
            Buttons.submit(model.placesLeft == 0 ? "Join the waiting list" : "Register"))
    }
}

/// Giving up a place by the personal link in the confirmation email.
enum CancelPlacePage {
    struct Model {
        let token: String
        let name: String
        let eventTitle: String
        let when: String
        let status: RegistrationStatus
        var checkInCode: String = ""
        /// The check-in QR code as SVG, while the person has a place and the event is to come.
        var qrCode: String? = nil
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: model.status == .cancelled ? "Your place is given up" : "Your place", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading(
                        model.status == .cancelled ? "Your place is given up" : "Your place", caption: model.eventTitle),
                    model.status == .cancelled
                        ? Blocks.paragraph("Thank you for letting us know. If someone was waiting, the place is now theirs.")
                        : .group(
                            Blocks.paragraph(
                                "\(model.name), you are \(model.status == .confirmed ? "booked on" : "on the waiting list for") \u{201C}\(model.eventTitle)\u{201D}, \(model.when)."
                            ),
                            model.qrCode.map { svg in
                                .div(
                                    .class("tandem-check-in"),
                                    Blocks.heading("At the door", level: 2, size: "m"),
                                    Blocks.paragraph("Show this QR code, or say your check-in code: \(model.checkInCode)."),
                                    .div(.class("tandem-qr-frame"), .raw(svg)))
                            } ?? .empty,
                            Blocks.heading(
                                model.status == .confirmed ? "If you cannot come" : "Leave the waiting list", level: 2, size: "m"),
                            postForm(
                                action: SiteURL.cancelRegistration(.value(model.token)).path, csrf: context.csrf,
                                Buttons.submit(
                                    model.status == .confirmed ? "Give up my place" : "Leave the waiting list", style: .warning))),
                    .p(link("See what else is on", href: SiteURL.whatsOn.path)))))
    }
}
