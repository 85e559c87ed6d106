import Foundation
import Plot
import TandemCore

/// A person's page. For patient partners this is their own profile: the words
/// speak to them as a member of the team.
enum PersonPage {
    struct Model {
        let person: PersonSummary
        let isSelf: Bool
        let organisations: [OrganisationSummary]
        /// Organisations the viewer may open; the others are named without a link.
        let viewableOrganisationIDs: Set<UUID>
        let addableOrganisations: [FormField.Option]
        let consent: [ConsentStatus]
        let account: AccountSummary?
        let canEdit: Bool
        let canManageOrganisations: Bool
        let canManageConsent: Bool
        let canSeeEquality: Bool
        let canManageAccounts: Bool
        let canSeeHistory: Bool
        /// The record of involvement and certificates of contribution: the person and coordinators.
        let canSeeRecord: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let person = model.person
        let change: (String) -> (text: String, href: String)? = { _ in
            model.canEdit ? (text: "Change", href: SiteURL.person(.value(person.id), .edit).path) : nil
        }
        let crumbs =
            model.isSelf
            ? [Crumb(title: "Home", href: SiteURL.home.path)]
            : [Crumb(title: "Home", href: SiteURL.home.path), Crumb(title: "People", href: SiteURL.people.path)]
        return Layout.page(
            title: model.isSelf ? "Your profile" : person.displayName, context: context, breadcrumbs: crumbs,
            Blocks.heading(person.displayName, caption: model.isSelf ? "Your profile" : person.pronouns),
            person.roles.isEmpty ? .empty : .p(.group(person.roles.map { .group(Blocks.tag($0.label, colour: "blue"), " ") })),
            accessNeeds(person, isSelf: model.isSelf),
            Blocks.heading(model.isSelf ? "Your details" : "Details", level: 2, size: "m"),
            summaryList([
                SummaryRow("Full name", text: person.name, action: change("name")),
                SummaryRow("Preferred name", text: person.preferredName, action: change("preferred name")),
                SummaryRow("Pronouns", text: person.pronouns, action: change("pronouns")),
                SummaryRow("Email", text: person.email, action: change("email")),
                SummaryRow("Phone", text: person.phone, action: change("phone")),
                SummaryRow("Postcode area", text: person.postcodeDistrict, action: change("postcode area")),
                SummaryRow(
                    "Lived experience", text: person.livedExperience.joined(separator: ", "), empty: "None recorded",
                    action: change("lived experience")),
                SummaryRow(
                    "Skills", text: person.skills.joined(separator: ", "), empty: "None recorded", action: change("skills")),
            ]),
            model.canSeeRecord
                ? .p(
                    link(
                        model.isSelf ? "Your record of involvement" : "Record of involvement and certificates",
                        href: SiteURL.person(.value(person.id), .record).path)) : .empty,
            organisationsSection(model, csrf: context.csrf),
            consentSection(model),
            equalitySection(model),
            accountSection(model),
            model.canSeeHistory
                ? .p(
                    link(
                        "See the change history for \(person.displayName)",
                        href: SiteURL.auditLog.path(query: [("subject", person.id.lowercasedString)]))) : .empty)
    }

    private static func accessNeeds(_ person: PersonSummary, isSelf: Bool) -> Markup {
        guard !person.accessNeeds.isEmpty else { return .empty }
        return Blocks.inset(
            .h2(
                .class("nhsuk-heading-s"),
                .plain(isSelf ? "Your access and communication needs" : "Access and communication needs")),
            Blocks.bulletList(person.accessNeeds))
    }

    private static func organisationsSection(_ model: Model, csrf: String) -> Markup {
        let person = model.person
        return .group(
            Blocks.heading("Organisations", level: 2, size: "m"),
            model.organisations.isEmpty
                ? Blocks.paragraph(model.isSelf ? "You are not linked to any organisation." : "Not linked to any organisation.")
                : dataTable(
                    caption: "Organisations", captionHidden: true,
                    columns: [.init(heading: "Organisation"), .init(heading: "Kind")]
                        + (model.canManageOrganisations ? [.init(heading: "Action")] : []),
                    rows: model.organisations.map { org in
                        [
                            model.viewableOrganisationIDs.contains(org.id) ? link(org.name, href: org.href) : .plain(org.name),
                            .plain(org.kind.shortLabel),
                        ]
                            + (model.canManageOrganisations
                                ? [
                                    postForm(
                                        action: SiteURL.person(.value(person.id), .removeOrganisation(.value(org.id))).path,
                                        csrf: csrf,
                                        element(
                                            "button", .class("tandem-link-button"), .attr("type", "submit"),
                                            "Remove", .span(.class("nhsuk-u-visually-hidden"), .plain(" from \(org.name)"))))
                                ] : [])
                    }),
            model.canManageOrganisations && !model.addableOrganisations.isEmpty
                ? postForm(
                    action: SiteURL.person(.value(person.id), .organisations).path, csrf: csrf,
                    FormField.select(
                        "organisation", label: "Link to an organisation", options: model.addableOrganisations,
                        selected: nil, blankLabel: "Select an organisation"),
                    Buttons.submit("Link organisation", style: .secondary))
                : .empty)
    }

    private static func consentSection(_ model: Model) -> Markup {
        .group(
            Blocks.heading(model.isSelf ? "What you consent to" : "Consent", level: 2, size: "m"),
            summaryList(
                model.consent.map { status in
                    SummaryRow(status.purpose.label, ConsentView.statusText(status))
                }),
            model.canManageConsent
                ? .p(
                    link(
                        model.isSelf ? "Give or withdraw consent" : "Record or withdraw consent",
                        href: SiteURL.person(.value(model.person.id), .consent).path)) : .empty)
    }

    private static func equalitySection(_ model: Model) -> Markup {
        guard model.canSeeEquality else { return .empty }
        return .group(
            Blocks.heading("Equality monitoring", level: 2, size: "m"),
            Blocks.paragraph(
                model.isSelf
                    ? "These questions are optional. They help us check that we hear from everyone. Only you and Tandem admins can see your answers; everyone else sees totals only."
                    : "Only the person and admins can see these answers."),
            .p(
                link(
                    model.isSelf ? "Your equality monitoring answers" : "Equality monitoring answers",
                    href: SiteURL.person(.value(model.person.id), .equality).path)))
    }

    private static func accountSection(_ model: Model) -> Markup {
        guard model.canManageAccounts else { return .empty }
        guard let account = model.account else {
            return .group(
                Blocks.heading("Account", level: 2, size: "m"),
                Blocks.paragraph("\(model.person.displayName) cannot sign in to Tandem."),
                .p(link("Create an account", href: SiteURL.newUser.path(query: [("person", model.person.id.lowercasedString)]))))
        }
        return .group(
            Blocks.heading("Account", level: 2, size: "m"),
            summaryList([
                SummaryRow(
                    "Signs in with", text: account.email,
                    action: (text: "Change", href: SiteURL.editUser(.value(account.id)).path)),
                SummaryRow("Access", text: account.role.label),
                SummaryRow("Organisation", text: account.organisationName, empty: "None"),
                SummaryRow(
                    "Status", account.isActive ? Blocks.tag("Active", colour: "green") : Blocks.tag("Suspended", colour: "grey")),
                SummaryRow("Last signed in", text: account.lastSignedInAt.map(CalendarDate.longWithTime), empty: "Never"),
            ]))
    }
}
