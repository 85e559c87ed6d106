import Foundation
import Plot
import TandemCore

/// Posting an opportunity.
enum OpportunityFormPage {
    struct Model {
        let organisations: [FormField.Option]
        let form: OpportunityForm
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let input = model.form, errors = model.errors
        func parts(_ day: String?, _ month: String?, _ year: String?) -> DateParts {
            DateParts(day: day ?? "", month: month ?? "", year: year ?? "")
        }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "Post an opportunity", context: context,
            breadcrumbs: [Crumb(title: "Opportunities", href: SiteURL.opportunities.path)],
            content: .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    errorSummary(errors),
                    Blocks.heading("Post an opportunity"),
                    postForm(
                        action: SiteURL.opportunities.path, csrf: context.csrf,
                        FormField.text("title", label: "Title", value: input.title, error: errors["title"]),
                        FormField.textarea(
                            "summary", label: "What it involves", value: input.summary, error: errors["summary"], rows: 5),
                        FormField.radios(
                            "category", legend: "Kind of role (NHS England's four categories)",
                            options: InvolvementCategory.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.category, error: errors["category"], small: true),
                        FormField.select(
                            "rung", label: "Where it sits on the ladder of co-production",
                            options: LadderRung.allCases.map { .init(value: $0.rawValue, label: $0.label) }, selected: input.rung,
                            error: errors["rung"]),
                        FormField.select(
                            "kind", label: "What kind of involvement",
                            options: OpportunityKind.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.kind, error: errors["kind"], blankLabel: "Choose a kind"),
                        FormField.select(
                            "organisation", label: "Organisation (optional)", options: model.organisations,
                            selected: input.organisation, error: errors["organisation"], blankLabel: "None"),
                        FormField.text(
                            "commitment", label: "The time it takes", value: input.commitment, error: errors["commitment"],
                            hint: "For example, \u{201C}2 hours a month for a year\u{201D} or \u{201C}one morning\u{201D}"),
                        FormField.text(
                            "hours", label: "Hours each time", value: input.hours, error: errors["hours"], width: "3",
                            inputmode: "decimal"),
                        FormField.checkboxes(
                            "regular", legend: "Regular", options: [.init(value: "yes", label: "It meets regularly")],
                            selected: Set(input.regular ?? []), small: true),
                        FormField.date(
                            "starts", legend: "First date (optional)",
                            value: parts(input.startDay, input.startMonth, input.startYear),
                            error: errors["starts"]),
                        FormField.date(
                            "ends", legend: "Last date (optional)", value: parts(input.endDay, input.endMonth, input.endYear),
                            error: errors["ends"]),
                        FormField.radios(
                            "setting", legend: "Where",
                            options: OpportunitySetting.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: input.setting, error: errors["setting"], inline: true),
                        FormField.textarea(
                            "access-information", label: "Access information", value: input.accessInformation,
                            error: errors["access-information"],
                            hint: "How to get there, step-free access, parking, toilets, quiet space", rows: 3),
                        FormField.checkboxes(
                            "access-offered", legend: "Access needs it can meet",
                            options: AccessNeed.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: Set(input.accessOffered ?? []), small: true),
                        FormField.radios(
                            "paid", legend: "Is it paid?",
                            options: [
                                .init(value: "yes", label: "Yes, at the rate card's rate"),
                                .init(value: "no", label: "No, expenses only"),
                            ],
                            selected: input.paid, error: errors["paid"], inline: true),
                        FormField.radios(
                            "level", legend: "Rate",
                            options: ActivityLevel.allCases.map {
                                .init(value: $0.rawValue, label: $0.label, hint: $0.explanation)
                            },
                            selected: input.level, error: errors["level"], small: true),
                        FormField.text(
                            "experience", label: "Lived experience wanted (optional)", value: input.experience,
                            hint: "Separate with commas, for example \u{201C}caring, diabetes\u{201D}"),
                        FormField.text(
                            "skills", label: "Skills wanted (optional)", value: input.skills,
                            hint: "Separate with commas, for example \u{201C}chairing, reading data\u{201D}"),
                        FormField.checkboxes(
                            "reach", legend: "Who it especially wants to hear from",
                            options: ReachGroup.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: Set(input.reach ?? []), small: true),
                        FormField.text(
                            "places", label: "Places", value: input.places, error: errors["places"], width: "3",
                            inputmode: "numeric"),
                        FormField.date(
                            "closes", legend: "Closing date", value: parts(input.closeDay, input.closeMonth, input.closeYear),
                            error: errors["closes"]),
                        FormField.text(
                            "contact-name", label: "Contact name", value: input.contactName, error: errors["contact-name"]),
                        FormField.text(
                            "contact-email", label: "Contact email", value: input.contactEmail, error: errors["contact-email"],
                            type: "email", spellcheck: false),
                        FormField.radios(
                            "publish", legend: "Publish",
                            options: [
                                .init(
                                    value: OpportunityStatus.open.rawValue,
                                    label: "Open it now (partners and the public page see it)"),
                                .init(value: OpportunityStatus.draft.rawValue, label: "Keep it as a draft"),
                            ], selected: input.publish, small: true),
                        Buttons.submit("Post the opportunity")))))
    }
}

/// The people interested, ranked blind with reasons; the representation check kept apart; the selection.
enum RankedInterestPage {
    struct Row: Sendable {
        let interestID: UUID
        let name: String
        let note: String
        let availability: OpportunityRanking.Availability
        let score: Int
        let reasons: [String]
        let reaches: [String]
        let status: InterestStatus
        let fromPublicPage: Bool
    }

    struct Model {
        let id: UUID
        let title: String
        let places: Int
        let selected: Int
        /// Everyone, in rank order: the table shows `page`'s rows, the representation check reads them all.
        let rows: [Row]
        let page: Pagination
        let shortlist: Int
        let wantsToReach: [String]
        let errors: FormErrors
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let errors = model.errors
        let shortlisted = Array(model.rows.prefix(model.shortlist))
        let further = model.rows.dropFirst(model.shortlist).filter { !$0.reaches.isEmpty }
        return Layout.page(
            title: (errors.isEmpty ? "" : "Error: ") + "People interested in \(model.title)", context: context,
            breadcrumbs: [
                Crumb(title: "Opportunities", href: SiteURL.opportunities.path),
                Crumb(title: model.title, href: SiteURL.opportunity(.value(model.id)).path),
            ],
            content: .group(
                errorSummary(errors),
                Blocks.heading("People interested", caption: model.title),
                Blocks.paragraph(
                    "Ranked by fit, without looking at anyone's equality answers: lived experience and skills, availability, access needs the opportunity can meet, and how recently and often people took part, so opportunities reach beyond the same few. \(model.selected) of \(model.places) places filled."
                ),
                model.rows.isEmpty
                    ? Blocks.inset(Blocks.paragraph("Nobody has said they are interested yet."))
                    : postForm(
                        action: SiteURL.opportunity(.value(model.id), .selection).path, csrf: context.csrf,
                        dataTable(
                            caption: "Ranked", captionSize: "s",
                            columns: [
                                TableColumn(heading: "Select"), TableColumn(heading: "Person"),
                                TableColumn(heading: "Score", numeric: true), TableColumn(heading: "Why"),
                            ],
                            rows: model.rows.enumerated().dropFirst(model.page.offset).prefix(model.page.perPage).map {
                                RankedInterestCells.cells($1, index: $0)
                            }),
                        errors["selected"].map { .p(.class("nhsuk-error-message"), .id("selected"), .text($0)) } ?? .empty,
                        Blocks.paragraph(
                            "The people you select are told in their inbox. When the places are filled, or when you close the opportunity, everyone still waiting is told too."
                        ),
                        Buttons.submit("Select and tell them")),
                model.rows.contains { $0.status == .interested }
                    ? postForm(
                        action: SiteURL.opportunity(.value(model.id), .close).path, csrf: context.csrf,
                        Buttons.submit("Close and tell everyone still waiting", style: .secondary)) : .empty,
                pagination(
                    model.page,
                    href: { SiteURL.opportunity(.value(model.id), .interested).path(query: [("page", String($0))]) },
                    noun: "people"),
                representation(model, shortlisted: shortlisted, further: Array(further))))
    }

    /// Separately from the ranking: whether the shortlist (the top of the ranking) reaches the groups the
    /// opportunity wants to hear from, counted only from people who consented, and who further down would widen it.
    private static func representation(_ model: Model, shortlisted: [Row], further: [Row]) -> Markup {
        guard !model.wantsToReach.isEmpty else { return .empty }
        return .group(
            Blocks.heading("Representation check", level: 2, size: "m"),
            Blocks.paragraph(
                "The top \(shortlisted.count) of the ranking, against the groups this opportunity especially wants to hear from. Only people who agreed to their equality answers being used for this are counted, so \u{201C}none known\u{201D} does not mean none."
            ),
            summaryList(
                model.wantsToReach.map { group in
                    let count = shortlisted.filter { $0.reaches.contains(group) }.count
                    return SummaryRow(group, text: count == 0 ? "None known in the shortlist" : "\(count) in the shortlist")
                }),
            further.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("To widen the shortlist", level: 3, size: "s"),
                    Blocks.bulletList(
                        further.map {
                            "\($0.name): from a group it wants to hear from (\($0.reaches.joined(separator: ", "))), with their consent"
                        })),
            .p(
                .a(
                    .href(
                        SiteURL.opportunity(.value(model.id), .interested).path(query: [
                            ("shortlist", String(model.shortlist + 5))
                        ])),
                    .text("Check a longer shortlist (\(model.shortlist + 5))"))))
    }
}

/// A partner's interests and the opportunities suggested for them, with the reasons.
enum SuggestionsPage {
    struct Model {
        let interests: [(id: UUID, title: String, status: InterestStatus)]
        let suggestions: [(view: OpportunityView, reasons: [String])]
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Opportunities for you", context: context,
            breadcrumbs: [Crumb(title: "Opportunities", href: SiteURL.opportunities.path)],
            content: .group(
                Blocks.heading("Opportunities for you"),
                Blocks.heading("Your interests", level: 2, size: "m"),
                model.interests.isEmpty
                    ? Blocks.inset(Blocks.paragraph("You have not said you are interested in an opportunity yet."))
                    : dataTable(
                        caption: "Your interests", captionHidden: true,
                        columns: [TableColumn(heading: "Opportunity"), TableColumn(heading: "Where it stands")],
                        rows: model.interests.map {
                            [.a(.href(SiteURL.opportunity(.value($0.id)).path), .text($0.title)), .text($0.status.label)]
                        }),
                Blocks.heading("Suggested for you", level: 2, size: "m"),
                Blocks.paragraph("Ranked by your experience, skills, access needs and how recently you took part."),
                model.suggestions.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph("Nothing open matches yet. Add your lived experience and skills to your profile."))
                    : .ul(
                        .class("nhsuk-list"),
                        .forEach(model.suggestions) { item in
                            .li(
                                Blocks.card(
                                    heading: item.view.title, href: SiteURL.opportunity(.value(item.view.id)).path,
                                    description:
                                        "\(item.view.commitment). \(item.view.payment). Closes \(CalendarDate.long(item.view.closes)).",
                                    extra: item.reasons.isEmpty
                                        ? .empty
                                        : .p(.class("nhsuk-body-s"), .text("Why: " + item.reasons.joined(separator: "; ")))))
                        })))
    }
}
