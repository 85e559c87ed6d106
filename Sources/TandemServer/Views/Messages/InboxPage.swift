import Foundation
import Plot
import TandemCore

/// A person's messages from Tandem, newest first.
enum InboxPage {
    struct Message: Sendable {
        let subject: String
        let body: String
        let link: String?
        let sentAt: Date
        let isNew: Bool
    }

    struct Model {
        let messages: [Message]
        let pagination: Pagination
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "Your messages", context: context,
            breadcrumbs: [Crumb(title: "Home", href: SiteURL.home.path)],
            content: .group(
                Blocks.heading("Your messages"),
                model.messages.isEmpty
                    ? Blocks.inset(
                        Blocks.paragraph(
                            "You have no messages. When a change your feedback led to is made, Tandem tells you here."))
                    : .group(
                        .forEach(model.messages) { message in
                            .div(
                                .class("nhsuk-card tandem-message"),
                                .div(
                                    .class("nhsuk-card__content"),
                                    element("h2", .class("nhsuk-card__heading nhsuk-heading-m"), .plain(message.subject)),
                                    .p(
                                        .class("nhsuk-body-s"),
                                        message.isNew ? .group(Blocks.tag("New", colour: "blue"), " ") : .empty,
                                        .plain(CalendarDate.longWithTime(message.sentAt))),
                                    .forEach(message.body.components(separatedBy: "\n\n")) { .p(.plain($0)) },
                                    message.link.map { .p(link("See what changed", href: $0)) } ?? .empty))
                        }),
                pagination(model.pagination, href: { SiteURL.inbox.path(query: [("page", String($0))]) }, noun: "messages")))
    }
}
