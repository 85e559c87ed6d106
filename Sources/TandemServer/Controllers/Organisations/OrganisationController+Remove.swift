import Fluent
import TandemCore
import Vapor

/// Removing an organisation: deleted when nothing refers to it, otherwise
/// archived, so that people, accounts and history keep their meaning.
extension OrganisationController {
    struct References: Equatable {
        var children = 0
        var people = 0
        var accounts = 0
        var hasMembership = false

        var isReferenced: Bool { children + people + accounts > 0 || hasMembership }

        var descriptions: [String] {
            [
                children > 0 ? counted(children, "organisation is part of it", "organisations are part of it") : nil,
                people > 0 ? counted(people, "person is linked to it", "people are linked to it") : nil,
                accounts > 0 ? counted(accounts, "account belongs to it", "accounts belong to it") : nil,
                hasMembership ? "it has a membership record" : nil,
            ].compactMap { $0 }
        }

    }

    static func references(to id: UUID, on db: any Database) async throws -> References {
        References(
            children: try await Organisation.query(on: db).filter(\.$parent.$id == id).count(),
            people: try await PersonOrganisation.query(on: db).filter(\.$organisation.$id == id).count(),
            accounts: try await User.query(on: db).filter(\.$organisation.$id == id).count(),
            hasMembership: try await Membership.query(on: db).filter(\.$organisation.$id == id).count() > 0)
    }

    static func confirmRemove(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        return OrganisationRemovePage.render(
            try await removeModel(organisation, on: req.db),
            context: try await PageContext.withForm(req, section: .organisations)
        ).response()
    }

    static func removeModel(_ organisation: Organisation, on db: any Database) async throws -> OrganisationRemovePage.Model {
        .init(organisation: .init(organisation), references: try await references(to: organisation.requireID(), on: db))
    }

    static func remove(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        let id = try organisation.requireID()
        let name = organisation.name
        let references = try await references(to: id, on: req.db)
        if references.isReferenced {
            organisation.archivedAt = Date()
            try await organisation.save(.by(req.auditActor, label: name, fields: ["archived"], as: .archived), on: req.db)
            try await req.flash("\(name) archived")
            return req.seeOther(SiteURL.organisation(.value(id)))
        }
        try await organisation.delete(.by(req.auditActor, label: name), on: req.db)
        try await req.flash("\(name) deleted")
        return req.seeOther(SiteURL.organisations)
    }

    static func restore(req: Request) async throws -> Response {
        let organisation = try await req.organisation(always(.manageOrganisations))
        organisation.archivedAt = nil
        try await organisation.save(
            .by(req.auditActor, label: organisation.name, fields: ["archived"], as: .restored), on: req.db)
        try await req.flash("\(organisation.name) restored")
        return req.seeOther(SiteURL.organisation(.value(try organisation.requireID())))
    }
}
