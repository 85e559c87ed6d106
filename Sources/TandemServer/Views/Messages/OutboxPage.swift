import Foundation
import Plot
import TandemCore

/// Every email Tandem has queued, and whether it went.
enum OutboxPage {
    struct Email: Sendable {
        let id: UUID
        let to: String
        let subject: String
        let status: OutboxStatus
        let attempts: Int
        let lastError: String?
        let queuedAt: Date
        let sentAt: Date?
    }

    struct Model {
        let emails: [Email]
        let pagination: Pagination
        let mailCommandSet: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Outbox", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Outbox"),
                Blocks.paragraph(
                    model.mailCommandSet
                        ? "Emails are sent through the mail command set in TANDEM_SENDMAIL. Ones that fail are tried again up to \(OutboxDelivery.maximumAttempts) times."
                        : "No mail command is set (TANDEM_SENDMAIL), so emails wait here. People still get each message in their Tandem inbox."
                ),
                model.emails.isEmpty
                    ? Blocks.inset(Blocks.paragraph("No emails yet."))
                    : dataTable(
                        caption: "Emails", captionHidden: true,
                        columns: [
                            .init(heading: "To"), .init(heading: "Subject"), .init(heading: "Status"), .init(heading: "Queued"),
                        ],
                        rows: model.emails.map { email in
                            [
                                .plain(email.to), link(email.subject, href: SiteURL.outboxEmail(.value(email.id)).path),
                                .group(
                                    .plain(email.status.label),
                                    email.lastError.map {
                                        .span(.class("nhsuk-body-s"), .plain(" (\(email.attempts) tries: \($0))"))
                                    } ?? .empty),
                                .plain(CalendarDate.longWithTime(email.queuedAt)),
                            ]
                        }),
                pagination(model.pagination, href: { SiteURL.outbox.path(query: [("page", String($0))]) }, noun: "emails"),
                model.mailCommandSet
                    ? postForm(
                        action: SiteURL.outbox.path, csrf: context.csrf,
                        Buttons.submit("Send waiting emails now", style: .secondary)) : .empty))
    }
}

/// One email in the outbox: what it said, whether it went, and why not.
enum OutboxEmailPage {
    struct Model {
        let id: UUID
        let to: String
        let subject: String
        let body: String
        let status: OutboxStatus
        let attempts: Int
        let lastError: String?
        let queuedAt: Date
        let sentAt: Date?
        let mailCommandSet: Bool
        var attachmentName: String? = nil
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: model.subject, context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path), Crumb(title: "Outbox", href: SiteURL.outbox.path)],
            content: .group(
                Blocks.heading(model.subject, caption: "Email"),
                summaryList(
                    [
                        SummaryRow("To", text: model.to),
                        SummaryRow("Status", text: model.status.label),
                        SummaryRow("Queued", text: CalendarDate.longWithTime(model.queuedAt)),
                        SummaryRow("Sent", text: model.sentAt.map(CalendarDate.longWithTime), empty: "Not yet"),
                        SummaryRow("Tries", text: model.attempts.commaGrouped),
                        model.attachmentName.map { SummaryRow("Attached", text: $0) },
                    ].compactMap { $0 }),
                model.status == .failed
                    ? Blocks.warning(
                        "Why it could not be sent",
                        Blocks.paragraph(model.lastError ?? "The mail command gave no reason."),
                        Blocks.paragraph(
                            "Check the address and the mail command (TANDEM_SENDMAIL), then try again. The person still has the message in their Tandem inbox."
                        )) : .empty,
                Blocks.heading("What it says", level: 2, size: "m"),
                element("div", .class("nhsuk-inset-text tandem-email-body"), .plain(model.body)),
                model.status == .queued
                    ? Blocks.paragraph(
                        model.mailCommandSet
                            ? "It is waiting to be sent." : "It is waiting: no mail command is set (TANDEM_SENDMAIL).")
                    : postForm(
                        action: SiteURL.resendEmail(.value(model.id)).path, csrf: context.csrf,
                        Buttons.submit(model.status == .failed ? "Try sending it again" : "Send it again", style: .secondary))))
    }
}
