import Foundation
import Vapor

/// A route parameter: `.key` when registering the route, `.value` when linking to it.
enum Param<T: Sendable & CustomStringConvertible>: Sendable {
    case key
    case value(T)
}

/// Every path in Tandem. Routes are registered from `pathComponents` and links
/// are built from `path`, so a link can never drift from its route.
enum SiteURL: Sendable {
    case home
    case healthz
    case signIn
    case signOut
    case me
    case accessibility
    case privacy

    case organisations
    case newOrganisation
    case organisation(Param<UUID>)
    case editOrganisation(Param<UUID>)
    case removeOrganisation(Param<UUID>)
    case restoreOrganisation(Param<UUID>)
    case organisationMembership(Param<UUID>)

    case people
    case newPerson
    case person(Param<UUID>)
    case editPerson(Param<UUID>)
    case personOrganisations(Param<UUID>)
    case removePersonOrganisation(Param<UUID>, Param<UUID>)
    case personConsents(Param<UUID>)
    case withdrawConsent(Param<UUID>, Param<UUID>)
    case personEquality(Param<UUID>)

    case equalitySummary
    case auditLog
    case users
    case newUser
    case editUser(Param<UUID>)

    case apiOrganisations

    private enum Part {
        case fixed(String)
        case parameter(String, String?)
    }

    private static func param(_ name: String, _ value: Param<UUID>) -> Part {
        switch value {
        case .key: .parameter(name, nil)
        case .value(let id): .parameter(name, id.uuidString.lowercased())
        }
    }

    private var parts: [Part] {
        let org = { (id: Param<UUID>) in Self.param("organisationID", id) }
        let person = { (id: Param<UUID>) in Self.param("personID", id) }
        switch self {
        case .home: return []
        case .healthz: return [.fixed("healthz")]
        case .signIn: return [.fixed("sign-in")]
        case .signOut: return [.fixed("sign-out")]
        case .me: return [.fixed("me")]
        case .accessibility: return [.fixed("accessibility")]
        case .privacy: return [.fixed("privacy")]

        case .organisations: return [.fixed("organisations")]
        case .newOrganisation: return [.fixed("organisations"), .fixed("new")]
        case .organisation(let id): return [.fixed("organisations"), org(id)]
        case .editOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("edit")]
        case .removeOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("remove")]
        case .restoreOrganisation(let id): return [.fixed("organisations"), org(id), .fixed("restore")]
        case .organisationMembership(let id): return [.fixed("organisations"), org(id), .fixed("membership")]

        case .people: return [.fixed("people")]
        case .newPerson: return [.fixed("people"), .fixed("new")]
        case .person(let id): return [.fixed("people"), person(id)]
        case .editPerson(let id): return [.fixed("people"), person(id), .fixed("edit")]
        case .personOrganisations(let id): return [.fixed("people"), person(id), .fixed("organisations")]
        case .removePersonOrganisation(let id, let orgID):
            return [.fixed("people"), person(id), .fixed("organisations"), org(orgID), .fixed("remove")]
        case .personConsents(let id): return [.fixed("people"), person(id), .fixed("consent")]
        case .withdrawConsent(let id, let consentID):
            return [.fixed("people"), person(id), .fixed("consent"), Self.param("consentID", consentID), .fixed("withdraw")]
        case .personEquality(let id): return [.fixed("people"), person(id), .fixed("equality")]

        case .equalitySummary: return [.fixed("reports"), .fixed("equality")]
        case .auditLog: return [.fixed("admin"), .fixed("audit")]
        case .users: return [.fixed("admin"), .fixed("accounts")]
        case .newUser: return [.fixed("admin"), .fixed("accounts"), .fixed("new")]
        case .editUser(let id): return [.fixed("admin"), .fixed("accounts"), Self.param("userID", id), .fixed("edit")]

        case .apiOrganisations: return [.fixed("api"), .fixed("v1"), .fixed("organisations")]
        }
    }

    /// The path for a link. Only call on values built with `.value` parameters.
    var path: String {
        "/" + parts.map { part in
            switch part {
            case .fixed(let text): return text
            case .parameter(let name, let value):
                guard let value else { preconditionFailure("SiteURL.path needs a value for :\(name)") }
                return value
            }
        }.joined(separator: "/")
    }

    /// The pattern for registering a route.
    var pathComponents: [PathComponent] {
        parts.map { part in
            switch part {
            case .fixed(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The path with a query string; empty values are left out.
    func path(query: [(String, String?)]) -> String {
        let items = query.compactMap { name, value in
            value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) }
        }
        guard !items.isEmpty else { return path }
        var components = URLComponents()
        components.queryItems = items
        // URLComponents leaves "+" alone, which form decoding would read as a space.
        let query = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return path + "?" + query
    }
}

extension Request {
    /// A UUID route parameter, or 404 when it is missing or malformed.
    func uuid(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw AppError.notFound }
        return id
    }
}
