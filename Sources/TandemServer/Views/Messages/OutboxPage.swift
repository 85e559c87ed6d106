import Foundation
import Plot
import TandemCore

/// Every email Tandem has queued, and whether it went.
enum OutboxPage {
    struct Email: Sendable {
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
                                .plain(email.to), .plain(email.subject),
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
