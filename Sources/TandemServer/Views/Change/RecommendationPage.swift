import Foundation
import Plot
import TandemCore

/// One recommendation: what should change, the evidence behind it, its
/// progress, and the forms that move it on.
enum RecommendationPage {
    struct UpdateRow: Sendable {
        let date: Date
        let text: String
        let link: String?
        let file: (updateID: UUID, name: String)?
        let author: String?
        let change: RecommendationStatus?
    }

    struct Model {
        let header: ProjectHeader
        /// What lists show of it: text, status, priority, who acts, due date.
        let summary: RecommendationRow
        let declineReason: String?
        let implementedOn: Date?
        let reviewDueOn: Date?
        let isPublished: Bool
        let findings: [(id: UUID, statement: String)]
        let supportingComments: Int
        let negativeComments: Int
        let quotes: [(itemID: UUID, text: String, mayPublish: Bool)]
        let updates: [UpdateRow]
        let canEdit: Bool
        /// Agreeing, declining and saying a change is made commit an organisation (`Permission.commitToChange`).
        let canCommit: Bool
        let canPublish: Bool
        let errors: FormErrors
        let statusInput: StatusChangeForm?
        let updateInput: ProgressUpdateForm?
        let reviewInput: ReviewForm?
        /// A new due date the acting organisation proposed, waiting for the coordinator.
        var proposedDue: (on: Date, why: String, by: String?)? = nil
        var dueInput: DueDateProposalForm? = nil
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        ProjectFrame.page(
            "Recommendation", project: model.header, section: .recommendations, context: context, errors: model.errors,
            extraCrumbs: [Crumb(title: "Recommendations", href: SiteURL.project(.value(model.header.id), .recommendations).path)],
            Blocks.lead(model.summary.text),
            .p(
                RecommendationView.statusTag(model.summary.status),
                model.summary.isOverdue ? .group(" ", Blocks.tag("Overdue", colour: "red")) : .empty),
            publishOffer(model, csrf: context.csrf),
            summaryList(
                [
                    SummaryRow("Organisation that acts", text: model.summary.organisation),
                    SummaryRow("Owner", text: model.summary.owner, empty: "No one named yet"),
                    SummaryRow("Priority", text: model.summary.priority.label),
                    SummaryRow("Due", text: model.summary.dueOn.map(CalendarDate.long), empty: "No date set"),
                    model.declineReason.map { SummaryRow("Why it was declined", text: $0) },
                    model.implementedOn.map { SummaryRow("Implemented", text: CalendarDate.long($0)) },
                    model.reviewDueOn.map { SummaryRow("Review of whether it has held", text: "Due \(CalendarDate.long($0))") },
                    SummaryRow("On the public You said, we did page", text: model.isPublished ? "Yes" : "No"),
                ].compactMap { $0 }),
            dueDate(model, csrf: context.csrf),
            evidence(model),
            updates(model),
            model.canCommit ? statusForms(model, csrf: context.csrf) : .empty,
            model.canEdit && !model.canCommit && model.summary.status != .declined && model.summary.status != .sustained
                ? Blocks.inset(
                    Blocks.paragraph(
                        "Agreeing, declining or saying the change is made is for \(model.summary.organisation)'s staff and the project's coordinators, since it commits them. You can add progress updates below."
                    ))
                : .empty,
            model.canEdit ? updateForm(model, csrf: context.csrf) : .empty,
            model.canPublish ? publishForm(model, csrf: context.csrf) : .empty)
    }

    private static func evidence(_ model: Model) -> Markup {
        .group(
            Blocks.heading("The evidence behind it", level: 2, size: "m"),
            Blocks.paragraph(
                "\(counted(model.supportingComments, "comment supports", "comments support")) its findings; \(model.negativeComments) of them negative."
            ),
            .ul(
                .class("nhsuk-list nhsuk-list--bullet"),
                .forEach(model.findings) { finding in .li(link(finding.statement, href: SiteURL.finding(.value(finding.id)).path))
                }),
            model.quotes.isEmpty
                ? .empty
                : .group(
                    Blocks.heading("In people's words", level: 3, size: "s"),
                    .forEach(model.quotes) { quote in
                        element(
                            "blockquote", .class("tandem-quote"), .p(.plain(quote.text)),
                            .p(
                                .class("nhsuk-body-s"),
                                link("Open the comment", href: SiteURL.feedbackItem(.value(quote.itemID)).path),
                                quote.mayPublish ? .empty : .plain(" (not for publication)")))
                    }))
    }

    private static func updates(_ model: Model) -> Markup {
        .group(
            Blocks.heading("Progress", level: 2, size: "m"),
            model.updates.isEmpty
                ? Blocks.inset(Blocks.paragraph("No progress recorded yet."))
                : .ol(
                    .class("nhsuk-list tandem-timeline"),
                    .forEach(model.updates) { update in
                        .li(
                            .p(
                                .strong(.plain(CalendarDate.long(update.date))),
                                update.change.map { .group(" ", RecommendationView.statusTag($0)) } ?? .empty,
                                update.author.map { .span(.class("nhsuk-body-s"), .plain(" by \($0)")) } ?? .empty),
                            .p(.plain(update.text)),
                            update.link.map { .p(link("Evidence: \($0)", href: $0)) } ?? .empty,
                            update.file.map { file in
                                .p(
                                    link(
                                        "Evidence file: \(file.name)",
                                        href: SiteURL.recommendation(.value(model.summary.id), .updateFile(.value(file.updateID)))
                                            .path))
                            } ?? .empty)
                    }))
    }

    private static func statusForms(_ model: Model, csrf: String) -> Markup {
        let next = model.summary.status.next
        let isReview = model.summary.status == .implemented
        return .group(
            next.isEmpty || isReview
                ? .empty
                : postForm(
                    action: SiteURL.recommendation(.value(model.summary.id), .status).path, csrf: csrf,
                    Blocks.heading("Move it on", level: 2, size: "m"),
                    FormField.radios(
                        "status", legend: "What has happened?",
                        options: next.map { .init(value: $0.rawValue, label: $0.label, hint: hint(for: $0)) },
                        selected: model.statusInput?.status, error: model.errors["status"]),
                    next.contains(.declined)
                        ? FormField.textarea(
                            "reason", label: "If declined: why", value: model.statusInput?.reason,
                            error: model.errors["reason"],
                            hint: "The reason is shown to the public and to the people whose feedback led to it", rows: 3,
                            maxLength: TextLimit.short)
                        : .empty,
                    FormField.textarea(
                        "note", label: next.contains(.implemented) ? "What has been done" : "A note (optional)",
                        value: model.statusInput?.note, error: model.errors["note"],
                        hint: next.contains(.implemented)
                            ? "Needed when it is implemented: the people whose feedback led to it are told this." : nil,
                        rows: 3, maxLength: TextLimit.short),
                    Buttons.submit("Save")),
            isReview ? .div(.id("review")) : .empty,
            isReview
                ? postForm(
                    action: SiteURL.recommendation(.value(model.summary.id), .review).path, csrf: csrf,
                    Blocks.heading("Has the change held?", level: 2, size: "m"),
                    Blocks.paragraph(
                        model.reviewDueOn.map {
                            "The review is due \(CalendarDate.long($0)). It can be answered sooner if you already know."
                        } ?? ""),
                    FormField.radios(
                        "held", legend: "Has the change held?",
                        options: [
                            .init(value: "yes", label: "Yes, it has held"), .init(value: "no", label: "No, it has slipped"),
                        ], selected: model.reviewInput?.held, error: model.errors["held"], inline: true),
                    FormField.textarea(
                        "note", label: "How you know", value: model.reviewInput?.note, error: model.errors["note"],
                        hint: "For example, what the measure's chart shows since the change", rows: 3),
                    Buttons.submit("Record the review")) : .empty)
    }

    /// An upload form, so an update can carry a file; the CSRF token travels in
    /// the address because the body streams to disk and is not read ahead.
    private static func updateForm(_ model: Model, csrf: String) -> Markup {
        uploadForm(
            action: SiteURL.recommendation(.value(model.summary.id), .updates), csrf: csrf,
            Blocks.heading("Add a progress update", level: 2, size: "m"),
            FormField.textarea(
                "text", label: "What has happened", value: model.updateInput?.text, error: model.errors["text"], rows: 3,
                maxLength: 2_000),
            FormField.date(
                "on", legend: "When (optional)", value: model.updateInput?.on ?? DateParts(), error: model.errors["on"],
                hint: "Leave empty for today. For example, 14 11 2026"),
            FormField.text(
                "link", label: "Link to evidence (optional)", value: model.updateInput?.link, error: model.errors["link"],
                hint: "A web address for a leaflet, minutes or a photo of the change", type: "url", spellcheck: false),
            FormField.file(
                "file", label: "Or a file as evidence (optional)", error: model.errors["file"],
                hint: "A PDF, Word or OpenDocument file, a spreadsheet, or a photo (JPEG or PNG)."),
            Buttons.submit("Add update", style: .secondary))
    }

    /// Overdue work: the organisation that acts proposes a new date; the coordinator agrees it or keeps the old one.
    private static func dueDate(_ model: Model, csrf: String) -> Markup {
        let action = SiteURL.recommendation(.value(model.summary.id), .dueDate).path
        if let proposed = model.proposedDue {
            return .div(
                .id("due-date"),
                Blocks.warning(
                    "New due date proposed",
                    Blocks.paragraph(
                        "\(proposed.by ?? "The organisation that acts") proposed \(CalendarDate.long(proposed.on)) instead of \(model.summary.dueOn.map(CalendarDate.long) ?? "no date"). Why: \(proposed.why)"
                    ),
                    model.canPublish
                        ? postForm(
                            action: action, csrf: csrf,
                            Buttons.group(
                                element(
                                    "button", .class("nhsuk-button"), .attr("type", "submit"), .attr("name", "action"),
                                    .attr("value", "agree"), "Agree the new date"),
                                element(
                                    "button", .class("nhsuk-button nhsuk-button--secondary"), .attr("type", "submit"),
                                    .attr("name", "action"), .attr("value", "keep"), "Keep the current date")))
                        : Blocks.paragraph("The project's coordinator will agree it or keep the current date.")))
        }
        guard model.summary.isOverdue, model.canCommit else { return .empty }
        let input = model.dueInput ?? DueDateProposalForm()
        return postForm(
            action: action, csrf: csrf, .attr("id", "due-date"),
            Blocks.heading("Propose a new due date", level: 2, size: "m"),
            Blocks.paragraph("The due date has passed. If more time is needed, say when it will be done and why."),
            FormField.hidden("action", "propose"),
            FormField.date(
                "new-due", legend: "New due date", value: input.date, error: model.errors["new-due"],
                hint: "For example, 27 3 2027"),
            FormField.textarea(
                "due-why", label: "Why more time is needed", value: input.why, error: model.errors["due-why"], rows: 3,
                maxLength: TextLimit.short),
            Buttons.submit("Propose the new date", style: .secondary))
    }

    /// Once the change is made, the first thing offered is telling people about it.
    private static func publishOffer(_ model: Model, csrf: String) -> Markup {
        guard model.canPublish, !model.isPublished, [.implemented, .sustained].contains(model.summary.status) else {
            return .empty
        }
        return .div(
            .class("nhsuk-inset-text"), .id("publish-offer"),
            .span(.class("nhsuk-u-visually-hidden"), "Information: "),
            Blocks.paragraph(
                "The change is made. Tell the people who spoke up, and everyone else, by publishing it on \u{201C}You said, we did\u{201D}."
            ),
            postForm(
                action: SiteURL.recommendation(.value(model.summary.id), .publish).path, csrf: csrf,
                FormField.hidden("publish", "yes"), Buttons.submit("Publish on You said, we did")))
    }

    private static func publishForm(_ model: Model, csrf: String) -> Markup {
        postForm(
            action: SiteURL.recommendation(.value(model.summary.id), .publish).path, csrf: csrf, .attr("id", "publish"),
            Blocks.heading("You said, we did", level: 2, size: "m"),
            Blocks.paragraph(
                model.isPublished
                    ? "It is on the public page, with its status, progress and the quotes whose givers agreed to publication. Names and contact details are taken out."
                    : "Publishing shows it on the public page with its status, progress and the quotes whose givers agreed to publication. Names and contact details are taken out."
            ),
            model.errors["publish"].map { .p(.class("nhsuk-error-message"), .plain($0)) } ?? .empty,
            FormField.hidden("publish", model.isPublished ? "no" : "yes"),
            Buttons.submit(model.isPublished ? "Take it off the public page" : "Publish it", style: .secondary))
    }

    private static func hint(for status: RecommendationStatus) -> String? {
        switch status {
        case .agreed: "The organisation that must act has agreed to it"
        case .declined: "It will not be taken up; say why"
        case .inProgress: "Work has started"
        case .implemented: "The change has been made; the people whose feedback led to it are told"
        default: nil
        }
    }
}

enum RecommendationView {
    static func statusTag(_ status: RecommendationStatus) -> Markup {
        let colour =
            switch status {
            case .proposed: "grey"
            case .agreed: "blue"
            case .declined: "orange"
            case .inProgress: "yellow"
            case .implemented: "green"
            case .sustained: "aqua-green"
            case .slipped: "red"
            }
        return Blocks.tag(status.label, colour: colour)
    }
}
