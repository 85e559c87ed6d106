import Fluent
import TandemCore
import Vapor

/// The front page: what Tandem is for visitors; a dashboard for people signed in.
enum HomeController {
    static func show(req: Request) async throws -> Response {
        guard let user = req.currentUser else {
            let upcoming = try await PublicEventController.whatsOnModel(page: 1, now: Date(), on: req.db).rows.prefix(3)
            let newest = try await ResourceSearch.search(ResourceSearch.Filters(), page: 1, perPage: 3, on: req.db).rows
            return HomePage.renderPublic(upcoming: Array(upcoming), newest: newest, context: try await PageContext.make(req))
                .response()
        }
        let model = try await dashboard(for: user, on: req.db)
        return HomePage.renderDashboard(model, context: try await PageContext.make(req, section: .home)).response()
    }

    static func dashboard(for user: CurrentUser, on db: any Database) async throws -> HomePage.Dashboard {
        let viewer = user.viewer
        var cards: [HomePage.Card] = []
        if AccessPolicy.allows(viewer, .listOrganisations) {
            if case .organisations(let ids) = AccessPolicy.organisationScope(viewer), let own = ids.first,
                let organisation = try await Organisation.find(own, on: db)
            {
                cards.append(
                    .init(
                        title: organisation.name, href: SiteURL.organisation(.value(own)).path,
                        description: "Your organisation: its people and its membership."))
            } else {
                let count = try await Organisation.query(on: db).filter(\.$archivedAt == nil).count()
                cards.append(
                    .init(
                        title: "Organisations", href: SiteURL.organisations.path,
                        description: "\(count) organisations: trusts, ICBs, PCNs, GP practices, charities and groups."))
            }
        }
        if AccessPolicy.allows(viewer, .listPeople) {
            let count = try await PersonController.listQuery(
                scope: AccessPolicy.peopleScope(viewer), search: nil,
                role: nil, on: db
            ).count()
            cards.append(
                .init(
                    title: "People", href: SiteURL.people.path,
                    description: "\(count) people: patient partners, carers, volunteers and staff."))
        }
        if AccessPolicy.allows(viewer, .viewEqualitySummary) {
            cards.append(
                .init(
                    title: "Who we hear from", href: SiteURL.equalitySummary.path,
                    description: "Equality monitoring totals, with small numbers hidden."))
        }
        if AccessPolicy.allows(viewer, .viewAuditLog) {
            cards.append(
                .init(
                    title: "Audit log", href: SiteURL.auditLog.path,
                    description: "Every change to personal and organisational data."))
        }
        cards.append(
            .init(
                title: "Your profile", href: SiteURL.person(.value(user.personID)).path,
                description: "Your details, your access needs, and what you consent to."))

        var renewals: [HomePage.Renewal] = []
        if AccessPolicy.allows(viewer, .manageMembership) {
            let soon = Date().addingTimeInterval(Double(MembershipStatus.renewalWindowDays) * 86_400)
            let due = try await Membership.query(on: db).filter(\.$renewsOn <= soon).with(\.$organisation)
                .sort(\.$renewsOn).limit(10).all()
            renewals = due.map {
                .init(
                    organisation: $0.organisation.name,
                    href: SiteURL.organisation(.value($0.$organisation.id)).path,
                    renewsOn: $0.renewsOn, status: $0.status())
            }
        }
        let work = try await WhatNeedsMe.lists(for: viewer, on: db)
        return .init(name: user.name, role: user.role, work: work, cards: cards, renewals: renewals)
    }
}
