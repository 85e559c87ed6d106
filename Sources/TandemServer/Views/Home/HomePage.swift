import Foundation
import Plot
import TandemCore

enum HomePage {
    struct Card {
        let title: String
        let href: String
        let description: String
    }

    struct Renewal {
        let organisation: String
        let href: String
        let renewsOn: Date
        let status: MembershipStatus
    }

    struct Dashboard {
        let name: String
        let role: AccountRole
        /// What is waiting for this person, most pressing list first.
        let work: [WorkList]
        let cards: [Card]
        let renewals: [Renewal]
    }

    static func renderDashboard(_ model: Dashboard, context: PageContext) -> HTML {
        Layout.page(
            title: "Home", context: context,
            Blocks.heading("Hello, \(model.name)", caption: model.role.label),
            model.work.isEmpty ? .empty : Blocks.lead("What needs you"),
            .div(
                .class("nhsuk-grid-row"),
                .div(.class("nhsuk-grid-column-two-thirds"), .forEach(model.work, WorkList.render))),
            Blocks.heading("Go to", level: 2, size: "m"),
            element(
                "ul",
                [.class("nhsuk-grid-row nhsuk-card-group")]
                    + model.cards.map { card in
                        element(
                            "li", .class("nhsuk-grid-column-one-third nhsuk-card-group__item"),
                            Blocks.card(heading: card.title, href: card.href, description: card.description))
                    }),
            model.renewals.isEmpty
                ? .empty
                : dataTable(
                    caption: "Memberships due for renewal",
                    columns: [
                        .init(heading: "Organisation"),
                        .init(heading: "Renewal date"), .init(heading: "Status"),
                    ],
                    rows: model.renewals.map { renewal in
                        [
                            link(renewal.organisation, href: renewal.href), .plain(CalendarDate.long(renewal.renewsOn)),
                            MembershipView.tag(renewal.status),
                        ]
                    }))
    }

    static func renderPublic(
        upcoming: [WhatsOnPage.Row] = [], newest: [ResourceSearch.Row] = [], context: PageContext
    ) -> HTML {
        Layout.page(
            title: "Improving care together", context: context,
            .div(
                .class("nhsuk-grid-row"),
                .div(
                    .class("nhsuk-grid-column-two-thirds"),
                    Blocks.heading("Improving health and care, together", size: "xl"),
                    Blocks.lead(
                        "Tandem helps patients, carers, communities and NHS teams improve care as equal partners, and shows everyone what changed because they spoke up."
                    ),
                    Blocks.paragraph(
                        "Patient charities, NHS trusts, integrated care boards, GP practices and Patient Participation Groups use Tandem to gather experiences, make sense of them together, agree what to change, and check that the change lasts."
                    ),
                    Buttons.link("Sign in", href: SiteURL.signIn.path),
                    Blocks.heading("You said, we did", level: 2, size: "m"),
                    Blocks.paragraph(
                        "Every comment can be followed to what became of it. When a change is made because of what people told us, the people who told us hear about it."
                    ),
                    .p(link("See what has changed because people spoke up", href: SiteURL.youSaidWeDidIndex.path)),
                    Blocks.heading("What's on", level: 2, size: "m"),
                    upcoming.isEmpty
                        ? Blocks.paragraph(
                            "Workshops, webinars and meetings anyone can join are listed here when they are planned.")
                        : .ul(
                            .class("nhsuk-list nhsuk-list--bullet"),
                            .forEach(upcoming) { row in
                                .li(link(row.title, href: SiteURL.publicEvent(.value(row.id)).path), .plain(": \(row.when)"))
                            }),
                    .p(link("Everything that is on", href: SiteURL.whatsOn.path)),
                    Blocks.heading("Resources", level: 2, size: "m"),
                    Blocks.paragraph(
                        "Free guides, templates, slides and recordings for Patient Participation Groups, patient partners and staff."
                    ),
                    newest.isEmpty
                        ? .empty
                        : .ul(
                            .class("nhsuk-list nhsuk-list--bullet"),
                            .forEach(newest) { row in
                                .li(
                                    link(row.title, href: SiteURL.publicResource(.value(row.slug)).path),
                                    .plain(" (\(row.kind.label))"))
                            }),
                    .p(link("Search all resources", href: SiteURL.resources.path)),
                    Blocks.heading("Your practice's Patient Participation Group", level: 2, size: "m"),
                    Blocks.paragraph(
                        "Most GP practices have a group of patients who work with the practice to improve it. Find yours and ask to join."
                    ),
                    .p(link("Find your practice's PPG", href: SiteURL.ppgDirectory.path)),
                    Blocks.heading("Get involved", level: 2, size: "m"),
                    Blocks.paragraph(
                        "Help improve health and care as a patient partner: focus groups, project teams, panels and more, with your time paid or recognised as you choose."
                    ),
                    .p(link("See the opportunities open now", href: SiteURL.getInvolved.path)))))
    }
}
