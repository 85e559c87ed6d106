import Fluent
import TandemCore
import Vapor

/// Sign-in accounts, managed by admins: who can sign in, with which access.
enum UserController {
    struct FormInput: Content {
        var person: String?
        var email: String?
        var role: String?
        var organisation: String?
        var active: String?
        var password: String?
        var passwordConfirmation: String?

        enum CodingKeys: String, CodingKey {
            case person, email, role, organisation, active, password
            case passwordConfirmation = "password-confirmation"
        }
    }

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
        var input = FormInput()
        if let raw = req.query[String.self, at: "person"], let id = UUID(uuidString: raw), let person = try await Person.find(id, on: req.db) {
            input.person = raw.lowercased()
            input.email = person.email
            let organisations = try await PersonOrganisation.query(on: req.db).filter(\.$person.$id == id).all(\.$organisation.$id)
            if organisations.count == 1 { input.organisation = organisations[0].lowercasedString }
        }
        input.active = "yes"
        return try await renderForm(req, input: input, errors: FormErrors(), editing: nil)
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let input = try req.content.decode(FormInput.self)
        var errors = FormErrors()
        var personID: UUID?
        if let raw = input.person.nonBlank, let id = UUID(uuidString: raw), try await Person.find(id, on: req.db) != nil {
            if try await User.query(on: req.db).filter(\.$person.$id == id).count() > 0 {
                errors.add("person", "This person already has an account")
            } else { personID = id }
        } else { errors.add("person", "Select the person the account is for") }
        let common = try await validateCommon(input, editing: nil, errors: &errors, on: req.db)
        let password = input.password ?? ""
        if let problem = PasswordRule.problem(with: password) { errors.add("password", problem.message) }
        else if password != input.passwordConfirmation { errors.add("password-confirmation", "Passwords do not match") }
        guard errors.isEmpty, let personID, let common else {
            return try await renderForm(req, input: input, errors: errors, editing: nil, status: .badRequest)
        }
        let hash = try await req.password.async.hash(password)
        let user = User(personID: personID, email: common.email, passwordHash: hash, role: common.role,
                        organisationID: common.organisationID)
        try await req.db.transaction { db in
            try await user.create(on: db)
            try await Audit.record(.created, .user, id: user.requireID(), label: common.email,
                                   fields: ["email", "role", "organisation", "password"], subjectPersonID: personID,
                                   by: req.auditActor, on: db)
        }
        try await req.flash("Account created for \(common.email)")
        return req.seeOther(SiteURL.person(.value(personID)))
    }

    static func edit(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let user = try await findUser(req)
        let input = FormInput(person: user.$person.id.lowercasedString, email: user.email, role: user.role.rawValue,
                              organisation: user.$organisation.id?.lowercasedString, active: user.isActive ? "yes" : "no")
        return try await renderForm(req, input: input, errors: FormErrors(), editing: user)
    }

    static func update(req: Request) async throws -> Response {
        try req.authorize(.manageUsers)
        let user = try await findUser(req)
        let userID = try user.requireID()
        let input = try req.content.decode(FormInput.self)
        var errors = FormErrors()
        let common = try await validateCommon(input, editing: user, errors: &errors, on: req.db)
        let active = input.active == "yes"
        if input.active != "yes" && input.active != "no" { errors.add("active", "Select whether the account can sign in") }
        if userID == req.currentUser?.userID && (!active || common?.role != .admin) {
            errors.add("role", "You cannot remove your own admin access or suspend your own account")
        }
        let newPassword = input.password.nonBlank
        if let newPassword {
            if let problem = PasswordRule.problem(with: newPassword) { errors.add("password", problem.message) }
            else if newPassword != input.passwordConfirmation { errors.add("password-confirmation", "Passwords do not match") }
        }
        guard errors.isEmpty, let common else {
            return try await renderForm(req, input: input, errors: errors, editing: user, status: .badRequest)
        }
        var changed: [String] = []
        if user.email != common.email { user.email = common.email; changed.append("email") }
        if user.role != common.role { user.role = common.role; changed.append("role") }
        if user.$organisation.id != common.organisationID { user.$organisation.id = common.organisationID; changed.append("organisation") }
        if user.isActive != active { user.isActive = active; changed.append("active") }
        if let newPassword {
            user.passwordHash = try await req.password.async.hash(newPassword)
            changed.append("password")
        }
        if !changed.isEmpty {
            let changed = changed
            try await req.db.transaction { db in
                try await user.save(on: db)
                // Changed access or password: end the account's sessions so the change applies now.
                if changed.contains(where: { ["role", "organisation", "active", "password"].contains($0) }) {
                    try await UserSession.query(on: db).filter(\.$user.$id == userID).delete()
                }
                try await Audit.record(.updated, .user, id: userID, label: user.email, fields: changed,
                                       subjectPersonID: user.$person.id, by: req.auditActor, on: db)
            }
        }
        try await req.flash(changed.isEmpty ? "No changes to save" : "Account updated")
        return req.seeOther(SiteURL.person(.value(user.$person.id)))
    }

    struct Common {
        let email: String
        let role: AccountRole
        let organisationID: UUID?
    }

    private static func validateCommon(_ input: FormInput, editing: User?, errors: inout FormErrors,
                                       on db: any Database) async throws -> Common? {
        var email: String?
        switch EmailAddress.check(input.email ?? "") {
        case .failure(let problem): errors.add("email", problem.message)
        case .success(let value):
            let clash = User.query(on: db).filter(\.$email == value)
            if let id = editing?.id { clash.filter(\.$id != id) }
            if try await clash.count() > 0 { errors.add("email", "Another account already signs in with this email address") }
            else { email = value }
        }
        let role = input.role.nonBlank.flatMap(AccountRole.init(rawValue:))
        if role == nil { errors.add("role", "Select what the account can do") }
        var organisationID: UUID?
        if let raw = input.organisation.nonBlank {
            if let id = UUID(uuidString: raw), try await Organisation.find(id, on: db) != nil { organisationID = id }
            else { errors.add("organisation", "Select an organisation from the list") }
        }
        if role == .staff && organisationID == nil && input.organisation.nonBlank == nil {
            errors.add("organisation", "Select the organisation this member of staff works for")
        }
        guard let email, let role else { return nil }
        return Common(email: email, role: role, organisationID: organisationID)
    }

    private static func findUser(_ req: Request) async throws -> User {
        guard let user = try await User.find(try req.id(.user), on: req.db) else { throw AppError.notFound }
        return user
    }

    private static func renderForm(_ req: Request, input: FormInput, errors: FormErrors, editing: User?,
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = try await formModel(input: input, errors: errors, editing: editing, on: req.db)
        return UserFormPage.render(model, context: try await PageContext.withForm(req, section: .users)).response(status)
    }

    static func formModel(input: FormInput, errors: FormErrors, editing: User?, on db: any Database) async throws -> UserFormPage.Model {
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
