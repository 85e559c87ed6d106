import Foundation
import Plot
import TandemCore

/// One organisation: its details, its member organisations, its people and its membership.
enum OrganisationPage {
    struct PersonRow: Sendable {
        let id: UUID
        let name: String
        let roles: [String]

        init(_ person: Person) {
            id = person.savedID
            name = person.displayName
            roles = person.roleAssignments.map(\.role.label)
        }
    }

    struct MembershipSummary: Sendable {
        let tier: MembershipTier
        let startsOn: Date
        let renewsOn: Date
        let status: MembershipStatus
        let notes: String?

        init(_ membership: Membership) {
            tier = membership.tier
            startsOn = membership.startsOn
            renewsOn = membership.renewsOn
            status = membership.status()
            notes = membership.notes
        }
    }

    struct Model {
        let organisation: OrganisationSummary
        let children: [OrganisationSummary]
        let people: [PersonRow]
        let membership: MembershipSummary?
        let canManage: Bool
        let canManageMembership: Bool
        let canSeePeople: Bool
        let canSeeEvidence: Bool
    }

    static func render(_ model: Model, context: PageContext) -> HTML {
        let org = model.organisation
        var crumbs = [Crumb(title: "Home", href: SiteURL.home.path)]
        if model.canManage { crumbs.append(Crumb(title: "Organisations", href: SiteURL.organisations.path)) }
        return Layout.page(
            title: org.name, context: context, breadcrumbs: crumbs,
            archivedNotice(model, csrf: context.csrf),
            Blocks.heading(org.name, caption: org.kind.label),
            summaryList([
                SummaryRow("Kind", text: org.kind.label),
                SummaryRow("ODS code", text: org.odsCode, empty: "None"),
                SummaryRow(
                    "Part of",
                    org.parentID.map { link(org.parentName ?? "", href: SiteURL.organisation(.value($0)).path) }
                        ?? .span(.class("tandem-muted"), "Not part of another organisation")),
                SummaryRow("About", text: org.summary, empty: "No description"),
            ]),
            model.canManage
                ? Buttons.group(
                    Buttons.link("Change details", href: SiteURL.organisation(.value(org.id), .edit).path, style: .secondary),
                    org.isArchived
                        ? .empty
                        : Buttons.link("Remove", href: SiteURL.organisation(.value(org.id), .remove).path, style: .warning)
                ) : .empty,
            model.canSeeEvidence
                ? .group(
                    .p(
                        link(
                            "Evidence from projects with this organisation",
                            href: SiteURL.organisation(.value(org.id), .evidence).path)),
                    .p(link("Recommendations to act on", href: SiteURL.organisation(.value(org.id), .recommendations).path)),
                    .p(link("Co-production profile", href: SiteURL.organisation(.value(org.id), .coProduction).path)),
                    .p(link("The public You said, we did page", href: SiteURL.youSaidWeDid(.value(org.id)).path))) : .empty,
            membershipSection(model),
            childrenSection(model),
            peopleSection(model))
    }

    private static func archivedNotice(_ model: Model, csrf: String) -> Markup {
        guard model.organisation.isArchived else { return .empty }
        return Blocks.warning(
            "Archived",
            Blocks.paragraph(
                "This organisation is archived. It stays here because other records refer to it, but it is not offered in lists and forms."
            ),
            model.canManage
                ? postForm(
                    action: SiteURL.organisation(.value(model.organisation.id), .restore).path, csrf: csrf,
                    Buttons.submit("Restore organisation", style: .secondary)) : .empty)
    }

    private static func membershipSection(_ model: Model) -> Markup {
        guard model.canManage || model.canManageMembership || model.membership != nil else { return .empty }
        let change =
            model.canManageMembership
            ? (
                text: model.membership == nil ? "Add membership" : "Change membership",
                href: SiteURL.organisation(.value(model.organisation.id), .membership).path
            )
            : nil
        guard let membership = model.membership else {
            return .group(
                Blocks.heading("Membership", level: 2, size: "m"),
                Blocks.paragraph("This organisation is not a member."),
                change.map { link($0.text, href: $0.href) } ?? .empty)
        }
        return .group(
            Blocks.heading("Membership", level: 2, size: "m"),
            summaryList([
                SummaryRow("Status", MembershipView.tag(membership.status)),
                SummaryRow("Tier", text: membership.tier.label, action: change),
                SummaryRow("Started", text: CalendarDate.long(membership.startsOn)),
                SummaryRow("Renewal date", text: CalendarDate.long(membership.renewsOn)),
                SummaryRow("Notes", text: membership.notes, empty: "None"),
            ]))
    }

    private static func childrenSection(_ model: Model) -> Markup {
        guard !model.children.isEmpty else { return .empty }
        return dataTable(
            caption: "Organisations that are part of \(model.organisation.name)",
            columns: [.init(heading: "Name"), .init(heading: "Kind"), .init(heading: "ODS code")],
            rows: model.children.map { child in
                [
                    .group(
                        link(child.name, href: child.href),
                        child.isArchived ? .group(" ", Blocks.tag("Archived", colour: "grey")) : .empty),
                    .plain(child.kind.shortLabel), .plain(child.odsCode ?? ""),
                ]
            })
    }

    private static func peopleSection(_ model: Model) -> Markup {
        guard model.canSeePeople else { return .empty }
        guard !model.people.isEmpty else {
            return .group(
                Blocks.heading("People", level: 2, size: "m"),
                Blocks.paragraph("Nobody is linked to this organisation yet."))
        }
        return dataTable(
            caption: "People", columns: [.init(heading: "Name"), .init(heading: "Roles")],
            rows: model.people.map { person in
                [link(person.name, href: SiteURL.person(.value(person.id)).path), .plain(person.roles.joined(separator: ", "))]
            })
    }
}

enum MembershipView {
    static func tag(_ status: MembershipStatus) -> Markup {
        switch status {
        case .active: Blocks.tag(status.label, colour: "green")
        case .dueForRenewal: Blocks.tag(status.label, colour: "yellow")
        case .lapsed: Blocks.tag(status.label, colour: "red")
        case .notStarted: Blocks.tag(status.label, colour: "grey")
        }
    }
}
