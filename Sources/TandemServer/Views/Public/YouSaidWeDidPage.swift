import Foundation
import Plot
import TandemCore

/// "You said, we did": published changes, for anyone to read.
enum YouSaidWeDidPage {
    struct Change: Sendable {
        let text: String
        let status: RecommendationStatus
        let project: String?
        let declineReason: String?
        let implementedOn: Date?
        let history: [(date: Date, text: String)]
        let quotes: [String]
    }

    struct Model {
        let title: String
        let intro: String
        let changes: [Change]
        var organisationLink: (name: String, href: String)? = nil
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        Layout.page(
            title: "You said, we did - \(model.title)", context: context,
            breadcrumbs: [Crumb(title: "You said, we did", href: SiteURL.youSaidWeDidIndex.path)],
            content: .group(
                Blocks.heading(model.title, caption: "You said, we did"),
                Blocks.lead(model.intro),
                model.changes.isEmpty
                    ? Blocks.inset(Blocks.paragraph("Nothing has been published yet."))
                    : .group(
                        .forEach(model.changes) { change in
                            .div(
                                .class("nhsuk-card"),
                                .div(
                                    .class("nhsuk-card__content"),
                                    element("h2", .class("nhsuk-card__heading nhsuk-heading-m"), .plain(change.text)),
                                    .p(
                                        RecommendationView.statusTag(change.status),
                                        change.project.map { .span(.class("nhsuk-body-s"), .plain(" \($0)")) } ?? .empty),
                                    change.quotes.isEmpty
                                        ? .empty
                                        : .group(
                                            element("h3", .class("nhsuk-heading-s"), "You said"),
                                            .forEach(change.quotes) {
                                                element("blockquote", .class("tandem-quote"), .p(.plain($0)))
                                            }),
                                    element("h3", .class("nhsuk-heading-s"), "We did"),
                                    change.declineReason.map { .p(.plain("This was not taken up: \($0)")) } ?? .empty,
                                    change.implementedOn.map { .p(.plain("Changed on \(CalendarDate.long($0)).")) } ?? .empty,
                                    change.history.isEmpty
                                        ? .p(.plain("Agreed, and work is planned."))
                                        : .ul(
                                            .class("nhsuk-list nhsuk-list--bullet"),
                                            .forEach(change.history) { entry in
                                                .li(.strong(.plain(CalendarDate.long(entry.date) + ": ")), .plain(entry.text))
                                            })))
                        }),
                model.organisationLink.map { .p(link("Every change at \($0.name)", href: $0.href)) } ?? .empty,
                Blocks.paragraph(
                    "Quotes are shown only where the person who gave them agreed, with names and other personal details taken out.",
                    classes: "nhsuk-body-s")))
    }
}
