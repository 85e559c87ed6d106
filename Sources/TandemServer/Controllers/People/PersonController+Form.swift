import Fluent
import TandemCore
import Vapor

/// Adding people and changing their details.
extension PersonController {

    static func new(req: Request) async throws -> Response {
        try req.authorize(.createPerson)
        return try await renderForm(req, input: PersonForm(), errors: FormErrors(), editing: nil, canSetRoles: true)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.createPerson)
        let input = try req.content.decode(PersonForm.self)
        switch try await input.validate(editing: nil, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: input, errors: errors, editing: nil, canSetRoles: true, status: .badRequest)
        case .success(let valid):
            let person = Person(name: valid.name)
            apply(valid, to: person)
            var fields = Audit.filledFields(person.auditFields(roles: valid.roles))
            if valid.organisationID != nil { fields.append("organisations") }
            let note = AuditNote.by(req.auditActor, label: person.name, fields: fields)
            try await req.db.transaction { db in
                try await person.save(note, on: db)
                let id = try person.requireID()
                try await setRoles(valid.roles, for: id, on: db)
                if let organisationID = valid.organisationID {
                    try await PersonOrganisation(personID: id, organisationID: organisationID).create(on: db)
                }
            }
            try await req.flash("\(person.displayName) added")
            return req.seeOther(SiteURL.person(.value(try person.requireID())))
        }
    }

    static func edit(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.editPerson)
        let roles = try await currentRoles(of: person.requireID(), on: req.db)
        return try await renderForm(
            req, input: PersonForm(person, roles: roles), errors: FormErrors(), editing: person,
            canSetRoles: AccessPolicy.allows(req.viewer, .createPerson))
    }

    static func update(req: Request) async throws -> Response {
        let (person, _) = try await req.person(Permission.editPerson)
        let id = try person.requireID()
        let canSetRoles = AccessPolicy.allows(req.viewer, .createPerson)
        var input = try req.content.decode(PersonForm.self)
        let oldRoles = try await currentRoles(of: id, on: req.db)
        // People editing their own profile do not assign themselves roles.
        if !canSetRoles { input.roles = oldRoles.map(\.rawValue) }
        // Someone changing their own address is sent a link instead (`EmailChangeController`),
        // so the form never says whether the new address is on someone else's profile.
        let isOwnProfile = id == req.currentUser?.personID && !canSetRoles
        switch try await input.validate(editing: person, checkEmailIsFree: !isOwnProfile, on: req.db) {
        case .failure(let errors):
            return try await renderForm(
                req, input: input, errors: errors, editing: person, canSetRoles: canSetRoles, status: .badRequest)
        case .success(let valid):
            let before = person.auditFields(roles: oldRoles)
            let oldEmail = person.email
            apply(valid, to: person)
            var emailToConfirm: String?
            if isOwnProfile, let newEmail = valid.email, newEmail != oldEmail {
                person.email = oldEmail
                person.refreshSearchText()
                emailToConfirm = newEmail
            }
            let changed = Audit.changedFields(before: before, after: person.auditFields(roles: valid.roles))
            if !changed.isEmpty {
                try await req.db.transaction { db in
                    try await person.save(.by(req.auditActor, label: person.name, fields: changed), on: db)
                    if changed.contains("roles") { try await setRoles(valid.roles, for: id, on: db) }
                }
            }
            if let emailToConfirm {
                try await EmailChangeController.request(emailToConfirm, for: person, req: req)
                try await req.flash(
                    (changed.isEmpty ? "" : "Details saved. ")
                        + "We have sent a link to \(emailToConfirm): open it to use that address on your profile.")
            } else {
                try await req.flash(changed.isEmpty ? "No changes to save" : "Details saved")
            }
            return req.seeOther(SiteURL.person(.value(id)))
        }
    }

    private static func apply(_ valid: PersonForm.Valid, to person: Person) {
        person.name = valid.name
        person.preferredName = valid.preferredName
        person.pronouns = valid.pronouns
        person.email = valid.email
        person.phone = valid.phone
        person.postcodeDistrict = valid.postcodeDistrict
        person.livedExperience = valid.livedExperience
        person.skills = valid.skills
        person.accessNeeds = valid.accessNeeds
        person.accessNeedsOther = valid.accessNeedsOther
        person.refreshSearchText()
    }

    static func currentRoles(of personID: UUID, on db: any Database) async throws -> [InvolvementRole] {
        try await PersonRoleAssignment.query(on: db).filter(\.$person.$id == personID).all().compactMap(\.role)
    }

    static func setRoles(_ roles: [InvolvementRole], for personID: UUID, on db: any Database) async throws {
        try await PersonRoleAssignment.query(on: db).filter(\.$person.$id == personID).delete()
        for role in Set(roles) { try await PersonRoleAssignment(personID: personID, role: role).create(on: db) }
    }

    static func formModel(
        input: PersonForm, errors: FormErrors, editing: Person?, canSetRoles: Bool, viewer: Viewer,
        on db: any Database
    ) async throws -> PersonFormPage.Model {
        let organisations =
            editing == nil
            ? try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all() : []
        return PersonFormPage.Model(
            input: input, errors: errors, editingID: editing?.id, editingName: editing?.displayName,
            isSelf: editing?.id == viewer.personID, canSetRoles: canSetRoles,
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) })
    }

    private static func renderForm(
        _ req: Request, input: PersonForm, errors: FormErrors, editing: Person?, canSetRoles: Bool,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await formModel(
            input: input, errors: errors, editing: editing, canSetRoles: canSetRoles,
            viewer: try req.requireUser().viewer, on: req.db)
        let section: NavSection = model.isSelf ? .profile : .people
        return PersonFormPage.render(model, context: try await PageContext.withForm(req, section: section)).response(status)
    }
}

extension Person {
    /// Fields as the audit log compares them (roles live in their own table).
    func auditFields(roles: [InvolvementRole]) -> [String: String] {
        [
            "name": name, "preferred_name": preferredName ?? "", "pronouns": pronouns ?? "", "email": email ?? "",
            "phone": phone ?? "", "postcode_district": postcodeDistrict ?? "",
            "roles": roles.map(\.rawValue).sorted().joined(separator: ","),
            "lived_experience": livedExperience.joined(separator: ","), "skills": skills.joined(separator: ","),
            "access_needs": accessNeeds.sorted().joined(separator: ","), "access_needs_other": accessNeedsOther ?? "",
        ]
    }
}
