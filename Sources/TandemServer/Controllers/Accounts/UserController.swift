import Fluent
import TandemCore
import Vapor

/// Sign-in accounts, managed by admins: who can sign in, with which access.
enum UserController {
    static func list(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let model = try await listModel(page: req.requestedPage, on: req.db)
        return UserListPage.render(model, context: try await PageContext.make(req, section: .users)).response()
    }

    static func listModel(page: Int?, on db: any Database) async throws -> UserListPage.Model {
        let pagination = Pagination(page: page, perPage: 50, totalItems: try await User.query(on: db).count())
        let users = try await User.query(on: db).with(\.$person).with(\.$organisation).sort(\.$email)
            .range(pagination.offset..<(pagination.offset + 50)).all()
        return UserListPage.Model(
            users: users.map { .init(account: .init($0), personName: $0.person.displayName, personID: $0.$person.id) },
            pagination: pagination)
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        var input = AccountForm()
        if let raw = req.query[String.self, at: "person"], let id = UUID(uuidString: raw),
            let person = try await Person.find(id, on: req.db)
        {
            input.person = raw.lowercased()
            input.email = person.email
            let organisations = try await PersonOrganisation.query(on: req.db).filter(\.$person.$id == id).all(
                \.$organisation.$id)
            if organisations.count == 1 { input.organisation = organisations[0].lowercasedString }
        }
        input.active = "yes"
        return try await renderForm(req, input: input, errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let form = try req.content.decode(AccountForm.self)
        let valid: AccountForm.Valid
        switch try await form.validate(editing: nil, signedIn: req.currentUser?.userID, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: form, errors: errors, editing: nil, status: .badRequest)
        case .success(let value): valid = value
        }
        guard let personID = valid.personID, let person = try await Person.find(personID, on: req.db) else {
            throw AppError.badRequest("Select the person the account is for")
        }
        // Nobody knows this password: the account signs in only once its person chooses one from the invitation.
        let unusable = try await req.password.async.hash(SessionToken.generate() + SessionToken.generate())
        let user = User(
            personID: personID, email: valid.email, passwordHash: unusable, role: valid.role,
            organisationID: valid.organisationID)
        try await user.save(.by(req.auditActor, label: valid.email, fields: ["email", "role", "organisation"]), on: req.db)
        try await AccountLinks.send(
            .invitation, to: user, name: person.displayName, config: req.application.config, on: req.db)
        req.application.services.outboxDelivery.deliverSoon(req.application)
        try await req.flash("Account created. \(valid.email) has been sent an invitation to choose a password.")
        return req.seeOther(SiteURL.person(.value(personID)))
    }

    static func edit(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let user = try await findUser(req)
        return try await renderForm(req, input: AccountForm(user), errors: FormErrors(), editing: user)
    }

    static func update(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let user = try await findUser(req)
        let userID = try user.requireID()
        let form = try req.content.decode(AccountForm.self)
        let valid: AccountForm.Valid
        switch try await form.validate(editing: user, signedIn: req.currentUser?.userID, on: req.db) {
        case .failure(let errors):
            return try await renderForm(req, input: form, errors: errors, editing: user, status: .badRequest)
        case .success(let value): valid = value
        }
        var changed: [String] = []
        if user.email != valid.email { user.email = valid.email; changed.append("email") }
        if user.role != valid.role { user.role = valid.role; changed.append("role") }
        if user.$organisation.id != valid.organisationID {
            user.$organisation.id = valid.organisationID; changed.append("organisation")
        }
        if user.isActive != valid.isActive { user.isActive = valid.isActive; changed.append("active") }
        if !changed.isEmpty {
            let changed = changed
            try await req.db.transaction { db in
                try await user.save(.by(req.auditActor, label: user.email, fields: changed), on: db)
                // Changed access: end the account's sessions so the change applies now.
                if changed.contains(where: { ["role", "organisation", "active"].contains($0) }) {
                    try await UserSession.query(on: db).filter(\.$user.$id == userID).delete()
                }
            }
        }
        try await req.flash(changed.isEmpty ? "No changes to save" : "Account updated")
        return req.seeOther(SiteURL.person(.value(user.$person.id)))
    }

    private static func findUser(_ req: Request) async throws -> User {
        guard let user = try await User.find(try req.id(.user), on: req.db) else { throw AppError.notFound }
        return user
    }

    private static func renderForm(
        _ req: Request, input: AccountForm, errors: FormErrors, editing: User?,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return UserFormPage.render(model, context: try await PageContext.withForm(req, section: .users)).response(status)
    }

    static func formModel(
        input: AccountForm, errors: FormErrors, editing: User?, on db: any Database
    ) async throws -> UserFormPage.Model {
        let organisations = try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).all()
        var personOptions: [FormField.Option] = []
        var personName: String?
        if let editing {
            personName = try await Person.find(editing.$person.id, on: db)?.displayName
        } else {
            let withAccounts = Set(try await User.query(on: db).all(\.$person.$id))
            personOptions = try await Person.query(on: db).sort(\.$name).all()
                .filter { !withAccounts.contains($0.id!) }
                .map { person in
                    .init(value: person.id!.lowercasedString, label: person.email.map { "\(person.name) (\($0))" } ?? person.name)
                }
        }
        return UserFormPage.Model(
            input: input, errors: errors, editingID: editing?.id, personName: personName, personOptions: personOptions,
            organisationOptions: organisations.map { .init(value: $0.id!.lowercasedString, label: $0.name) })
    }
}
