import Fluent
import TandemCore
import Vapor

/// What the page frame needs to know about the request: who is signed in,
/// their CSRF token (for the sign-out button and forms), a one-off message,
/// and which section of the navigation is current.
struct PageContext: Sendable {
    var user: CurrentUser?
    var csrfToken: String?
    var flash: String?
    var section: NavSection?
    var isDemo: Bool

    static let anonymous = PageContext(user: nil, csrfToken: nil, flash: nil, section: nil, isDemo: false)

    static func make(_ request: Request, section: NavSection? = nil) async throws -> PageContext {
        let state = request.storage[SessionState.Key.self]
        let user = request.currentUser
        // Signed-in pages always carry the sign-out form, so they always need a token.
        let token = user == nil ? state?.session?.csrfToken : try await request.csrfToken()
        let flash = try await state?.takeFlash(on: request.db)
        return PageContext(
            user: user, csrfToken: token, flash: flash, section: section,
            isDemo: await request.application.services.demoData.isPresent(on: request.db))
    }

    /// For forms: the context with a CSRF token, starting a session if needed.
    static func withForm(_ request: Request, section: NavSection? = nil) async throws -> PageContext {
        var context = try await make(request, section: section)
        if context.csrfToken == nil { context.csrfToken = try await request.csrfToken() }
        return context
    }

    var csrf: String { csrfToken ?? "" }
}

/// The sections of the header navigation.
enum NavSection: Sendable {
    case home, projects, organisations, people, equality, users, audit, profile, inbox, outbox, events, resources, ppgs, training,
        panels, opportunities, time, recognition, groups
}

struct NavItem: Sendable {
    let section: NavSection
    let label: String
    let href: String
}

enum Navigation {
    /// The navigation fits the role: each sees only what they may use.
    static func items(for user: CurrentUser?) -> [NavItem] {
        guard let user else { return [] }
        let home = NavItem(section: .home, label: "Home", href: SiteURL.home.path)
        let profile = NavItem(section: .profile, label: "Your profile", href: SiteURL.person(.value(user.personID)).path)
        let inbox = NavItem(section: .inbox, label: "Messages", href: SiteURL.inbox.path)
        let events = NavItem(section: .events, label: "Events", href: SiteURL.events.path)
        let library = NavItem(section: .resources, label: "Library", href: SiteURL.manageResources.path)
        let ppgs = NavItem(section: .ppgs, label: "PPGs", href: SiteURL.ppgs.path)
        let training = NavItem(section: .training, label: "Training", href: SiteURL.programmes.path)
        let panels = NavItem(section: .panels, label: "Review panels", href: SiteURL.panels.path)
        let opportunities = NavItem(section: .opportunities, label: "Opportunities", href: SiteURL.opportunities.path)
        let time = NavItem(section: .time, label: "Your time", href: SiteURL.myTime.path)
        let recognition = NavItem(section: .recognition, label: "Claims", href: SiteURL.recognition.path)
        let groups = NavItem(section: .groups, label: "Groups", href: SiteURL.groups.path)
        let projects = NavItem(
            section: .projects, label: user.role == .partner ? "Your projects" : "Projects", href: SiteURL.projects.path)
        switch user.role {
        case .admin:
            return [
                home, projects, events, library, ppgs, training, panels,
                NavItem(section: .organisations, label: "Organisations", href: SiteURL.organisations.path),
                opportunities, groups, recognition,
                NavItem(section: .people, label: "People", href: SiteURL.people.path),
                NavItem(section: .equality, label: "Equality", href: SiteURL.equalitySummary.path),
                NavItem(section: .users, label: "Accounts", href: SiteURL.users.path),
                NavItem(section: .audit, label: "Audit log", href: SiteURL.auditLog.path),
                NavItem(section: .outbox, label: "Outbox", href: SiteURL.outbox.path), inbox,
            ]
        case .coordinator:
            return [
                home, projects, events, library, ppgs, training, panels,
                NavItem(section: .organisations, label: "Organisations", href: SiteURL.organisations.path),
                opportunities, groups, recognition,
                NavItem(section: .people, label: "People", href: SiteURL.people.path),
                NavItem(section: .equality, label: "Equality", href: SiteURL.equalitySummary.path),
                time, inbox, profile,
            ]
        case .staff:
            var items = [home, projects]
            if user.organisationID != nil { items += [events, ppgs] }
            if let organisationID = user.organisationID {
                items.append(
                    NavItem(
                        section: .organisations, label: "Your organisation",
                        href: SiteURL.organisation(.value(organisationID)).path))
                items.append(NavItem(section: .people, label: "People", href: SiteURL.people.path))
            }
            return items + [training, panels, groups, opportunities, time, inbox, profile]
        case .partner:
            return [home, projects, opportunities, time, training, panels, groups, inbox, profile]
        }
    }
}
