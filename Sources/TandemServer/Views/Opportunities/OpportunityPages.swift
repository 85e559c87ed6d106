import Foundation
import Plot
import TandemCore

/// An opportunity as a list row and as its page, shared by the signed-in and public pages.
struct OpportunityView: Sendable {
    let id: UUID
    let title: String
    let summary: String
    let category: InvolvementCategory
    let rung: LadderRung
    let kind: OpportunityKind
    let organisation: String?
    let commitment: String
    let hours: Double
    let regular: Bool
    let starts: Date?
    let ends: Date?
    let setting: OpportunitySetting
    let accessInformation: String?
    let accessOffered: [String]
    let paid: Bool
    let rate: String?
    let experience: [String]
    let skills: [String]
    let reach: [String]
    let places: Int
    let closes: Date
    let contactName: String
    let contactEmail: String
    let status: OpportunityStatus

    var dates: String {
        switch (starts, ends) {
        case (let start?, let end?) where start == end: CalendarDate.long(start)
        case (let start?, let end?): "\(CalendarDate.long(start)) to \(CalendarDate.long(end))"
        case (let start?, nil): "From \(CalendarDate.long(start))"
        default: "To be agreed"
        }
    }

    var payment: String { paid ? "Paid\(rate.map { ", \($0)" } ?? ""), with expenses" : "Unpaid, with expenses" }

    func summaryRows(showContact: Bool) -> [SummaryRow] {
        [
            SummaryRow("What it involves", text: summary),
            SummaryRow("Kind", text: "\(kind.label): \(category.label.lowercased())"),
            SummaryRow("On the ladder of co-production", text: rung.label),
            SummaryRow("Organisation", text: organisation, empty: "Tandem's partners programme"),
            SummaryRow(
                "Time",
                text: "\(commitment) (\(RecognitionReports.hours(hours)) hours each time\(regular ? ", regular" : ", one-off"))"),
            SummaryRow("Dates", text: dates),
            SummaryRow("Where", text: setting.label + (accessInformation.map { ". \($0)" } ?? "")),
            SummaryRow(
                "Access we can offer", text: accessOffered.isEmpty ? nil : accessOffered.joined(separator: ", "),
                empty: "Ask us: we will do our best"),
            SummaryRow("Payment", text: payment),
            SummaryRow(
                "Experience we would like", text: experience.isEmpty ? nil : experience.joined(separator: ", "), empty: "Anyone"),
            SummaryRow("Skills", text: skills.isEmpty ? nil : skills.joined(separator: ", "), empty: "None needed"),
            SummaryRow(
                "We especially want to hear from", text: reach.isEmpty ? nil : reach.joined(separator: "; "), empty: "Everyone"),
            SummaryRow("Places", text: String(places)),
            SummaryRow("Closes", text: CalendarDate.long(closes)),
        ] + (showContact ? [SummaryRow("Contact", text: "\(contactName), \(contactEmail)")] : [])
    }
}

/// Opportunities to browse, with filters; coordinators also see drafts and closed ones.
enum OpportunityListPage {
    struct Filters: Sendable {
        var kind: String?
        var setting: String?
        var paid: String?
        var reach: String?
    }

    struct Model {
        let rows: [OpportunityView]
        let page: Pagination
        let filters: Filters
        let mayPost: Bool
        let isPublic: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let list = model.isPublic ? SiteURL.getInvolved : SiteURL.opportunities
        let query: [(String, String?)] = [
            ("kind", model.filters.kind), ("setting", model.filters.setting), ("paid", model.filters.paid),
            ("reach", model.filters.reach),
        ]
        return Layout.page(
            title: model.isPublic ? "Get involved" : "Involvement opportunities", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading(model.isPublic ? "Get involved" : "Involvement opportunities"),
                Blocks.paragraph(
                    model.isPublic
                        ? "Help improve health and care as a patient partner. Everyone is welcome; we especially want to hear from people whose voices are heard least. Your time is paid or recognised as you choose."
                        : "Opportunities to get involved. Say you are interested with a short note; the coordinator will tell you either way."
                ),
                Buttons.group(
                    model.mayPost ? Buttons.link("Post an opportunity", href: SiteURL.newOpportunity.path) : .empty,
                    model.mayPost
                        ? Buttons.link("The community's reach", href: SiteURL.communityReach.path, style: .secondary) : .empty,
                    model.isPublic
                        ? .empty
                        : Buttons.link("Suggested for you", href: SiteURL.myOpportunities.path, style: .secondary)),
                element(
                    "form", .attr("method", "get"), .attr("action", list.path), .class("tandem-filters"),
                    FormField.select(
                        "kind", label: "Kind",
                        options: OpportunityKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.kind, blankLabel: "Any kind"),
                    FormField.select(
                        "setting", label: "Where",
                        options: OpportunitySetting.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.setting, blankLabel: "Anywhere"),
                    FormField.select(
                        "paid", label: "Payment",
                        options: [.init(value: "yes", label: "Paid"), .init(value: "no", label: "Unpaid")],
                        selected: model.filters.paid, blankLabel: "Paid or unpaid"),
                    FormField.select(
                        "reach", label: "Especially for",
                        options: ReachGroup.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: model.filters.reach, blankLabel: "Everyone"),
                    Buttons.submit("Show opportunities", style: .secondary)),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No opportunities match. Try fewer filters, or come back soon."))
                    : .ul(
                        .class("nhsuk-grid-row nhsuk-card-group"),
                        .forEach(model.rows) { row in
                            .li(
                                .class("nhsuk-grid-column-full nhsuk-card-group__item"),
                                Blocks.card(
                                    heading: row.title,
                                    href: (model.isPublic
                                        ? SiteURL.getInvolvedOpportunity(.value(row.id)) : SiteURL.opportunity(.value(row.id)))
                                        .path,
                                    description:
                                        "\(row.kind.label). \(row.commitment). \(row.setting.label). \(row.payment). Closes \(CalendarDate.long(row.closes)).",
                                    extra: .group(
                                        row.status == .open ? .empty : Blocks.tag(row.status.label, colour: "grey"),
                                        row.reach.isEmpty
                                            ? .empty
                                            : .p(
                                                .class("nhsuk-body-s"),
                                                .text("Especially for: \(row.reach.joined(separator: "; "))")))))
                        }),
                pagination(model.page, href: { list.path(query: query + [("page", String($0))]) }, noun: "opportunities")))
    }
}

/// One opportunity for signed-in people: its details, interest, and for coordinators the ranking.
enum OpportunityPage {
    struct Model {
        let opportunity: OpportunityView
        let isOpen: Bool
        let myInterest: InterestStatus?
        let interested: Int
        let mayManage: Bool
        let form: InterestForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let item = model.opportunity, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + item.title, context: context,
            breadcrumbs: [Crumb(title: "Opportunities", href: SiteURL.opportunities.path)],
            content: .group(
                errorSummary(errors),
                Blocks.heading(item.title, caption: item.organisation),
                item.status == .open ? .empty : Blocks.tag(item.status.label, colour: "grey"),
                model.mayManage
                    ? Buttons.group(
                        Buttons.link(
                            "People interested (\(model.interested))",
                            href: SiteURL.opportunity(.value(item.id), .interested).path))
                    : .empty,
                summaryList(item.summaryRows(showContact: true)),
                interest(model, context: context)))
    }

    private static func interest(_ model: Model, context: PageContext) -> Markup {
        if let status = model.myInterest {
            return Blocks.inset(Blocks.paragraph("You said you are interested. Where it stands: \(status.label.lowercased())."))
        }
        guard model.isOpen else { return Blocks.inset(Blocks.paragraph("This opportunity is closed.")) }
        return .group(
            Blocks.heading("I am interested", level: 2, size: "m"),
            InterestFields.markup(
                action: SiteURL.opportunity(.value(model.opportunity.id), .interest).path, form: model.form,
                errors: model.errors, csrf: context.csrf, isPublic: false))
    }
}

/// The fields of the interest form, on the signed-in and the public page.
enum InterestFields {
    static func markup(action: String, form: InterestForm, errors: FormErrors, csrf: String, isPublic: Bool) -> Markup {
        postForm(
            action: action, csrf: csrf,
            isPublic
                ? .group(
                    FormField.text("name", label: "Your name", value: form.name, error: errors["name"], autocomplete: "name"),
                    FormField.text(
                        "email", label: "Your email address", value: form.email, error: errors["email"], type: "email",
                        autocomplete: "email", spellcheck: false))
                : .empty,
            FormField.textarea(
                "note", label: "Why you are interested", value: form.note, error: errors["note"],
                hint: "A few lines about your experience and what you would bring. There are no wrong answers.", rows: 4),
            FormField.radios(
                "availability", legend: "Are you free on the dates?",
                options: OpportunityRanking.Availability.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: form.availability, error: errors["availability"]),
            isPublic
                ? FormField.checkboxes(
                    "consent", legend: "Your details",
                    options: [
                        .init(
                            value: "yes",
                            label:
                                "Keep my name and email address and contact me about this opportunity. I can ask for them to be removed at any time."
                        )
                    ], selected: Set(form.consent ?? []), error: errors["consent"])
                : .empty,
            Buttons.submit("Send"))
    }
}

/// The opportunity on the public page, with the interest form for people not yet partners.
enum GetInvolvedPage {
    struct Model {
        let opportunity: OpportunityView
        let isOpen: Bool
        let form: InterestForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let item = model.opportunity, errors = model.errors
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + item.title, context: context,
            breadcrumbs: [Crumb(title: "Get involved", href: SiteURL.getInvolved.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading(item.title, caption: item.organisation),
                    summaryList(item.summaryRows(showContact: false)),
                    model.isOpen
                        ? .group(
                            Blocks.heading("I am interested", level: 2, size: "m"),
                            InterestFields.markup(
                                action: SiteURL.getInvolvedOpportunity(.value(item.id)).path, form: model.form, errors: errors,
                                csrf: context.csrf, isPublic: true))
                        : Blocks.inset(Blocks.paragraph("This opportunity is closed. Look at the others that are open.")))))
    }
}
