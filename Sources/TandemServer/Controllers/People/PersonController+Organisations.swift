import Fluent
import TandemCore
import Vapor

/// Linking people to organisations (and unlinking them).
extension PersonController {
    struct OrganisationInput: Content {
        var organisation: String?
    }

    static func addOrganisation(req: Request) async throws -> Response {
        let (person, _) = try await req.person(always(.createPerson))
        let personID = try person.requireID()
        let input = try req.content.decode(OrganisationInput.self)
        guard let raw = input.organisation.nonBlank, let organisationID = UUID(uuidString: raw),
            let organisation = try await Organisation.find(organisationID, on: req.db)
        else {
            try await req.flash("Select an organisation to link")
            return req.seeOther(SiteURL.person(.value(personID)))
        }
        let existing = try await PersonOrganisation.query(on: req.db)
            .filter(\.$person.$id == personID).filter(\.$organisation.$id == organisationID).count()
        if existing == 0 {
            try await req.db.transaction { db in
                try await PersonOrganisation(personID: personID, organisationID: organisationID).create(on: db)
                // The links are part of the person's record: it is saved (unchanged) to log them.
                try await person.save(.by(req.auditActor, label: person.name, fields: ["organisations"]), on: db)
            }
        }
        try await req.flash("\(person.displayName) linked to \(organisation.name)")
        return req.seeOther(SiteURL.person(.value(personID)))
    }

    static func removeOrganisation(req: Request) async throws -> Response {
        let (person, _) = try await req.person(always(.createPerson))
        let personID = try person.requireID()
        let organisationID = try req.id(.organisation)
        let links = PersonOrganisation.query(on: req.db)
            .filter(\.$person.$id == personID).filter(\.$organisation.$id == organisationID)
        if try await links.count() > 0 {
            try await req.db.transaction { db in
                try await PersonOrganisation.query(on: db)
                    .filter(\.$person.$id == personID).filter(\.$organisation.$id == organisationID).delete()
                // The links are part of the person's record: it is saved (unchanged) to log them.
                try await person.save(.by(req.auditActor, label: person.name, fields: ["organisations"]), on: db)
            }
        }
        try await req.flash("Organisation link removed")
        return req.seeOther(SiteURL.person(.value(personID)))
    }
}
