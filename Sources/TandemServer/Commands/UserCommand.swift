import Fluent
import TandemCore
import Vapor

/// `tandem user create --email E --role R [--organisation ID] [--name NAME]`
struct UserCommandGroup: AsyncCommandGroup {
    let commands: [String: any AnyAsyncCommand] = ["create": CreateUserCommand()]
    var help: String { "Manages sign-in accounts" }
}

struct CreateUserCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The email address to sign in with")
        var email: String?

        @Option(name: "role", help: "admin, coordinator, staff or partner")
        var role: String?

        @Option(name: "organisation", help: "The organisation's id (required for staff)")
        var organisation: String?

        @Option(name: "name", help: "The person's full name (default: taken from the email address)")
        var name: String?

        init() {}
    }

    var help: String { "Creates an account. The password is read from TANDEM_PASSWORD or asked for." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard case .success(let email) = EmailAddress.check(signature.email ?? "") else {
            throw CommandFailure("--email must be an email address, like name@example.org")
        }
        guard let role = signature.role.flatMap(AccountRole.init(rawValue:)) else {
            throw CommandFailure("--role must be one of: \(AccountRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var chosenOrganisation: UUID?
        if let raw = signature.organisation {
            guard let id = UUID(uuidString: raw), try await Organisation.find(id, on: app.db) != nil else {
                throw CommandFailure("--organisation must be the id of an existing organisation")
            }
            chosenOrganisation = id
        }
        if role == .staff && chosenOrganisation == nil { throw CommandFailure("Staff accounts need --organisation") }
        if try await User.query(on: app.db).filter(\.$email == email).count() > 0 {
            throw CommandFailure("An account already signs in with \(email)")
        }

        let password = ProcessInfo.processInfo.environment["TANDEM_PASSWORD"] ?? readPassword(context.console)
        if let problem = PasswordRule.problem(with: password) { throw CommandFailure(problem.message) }
        let hash = try Bcrypt.hash(password, cost: app.config.bcryptCost)

        let name = signature.name ?? email.split(separator: "@").first.map(String.init) ?? email
        let organisationID = chosenOrganisation
        try await app.db.transaction { db in
            let person = try await Person.query(on: db).filter(\.$email == email).first() ?? Person(name: name, email: email)
            if person.id == nil {
                try await person.save(.by(.commandLine, label: person.name, fields: ["name", "email"]), on: db)
            }
            let personID = try person.requireID()
            if let organisationID,
                try await PersonOrganisation.query(on: db).filter(\.$person.$id == personID)
                    .filter(\.$organisation.$id == organisationID).count() == 0
            {
                try await PersonOrganisation(personID: personID, organisationID: organisationID).create(on: db)
            }
            let user = User(personID: personID, email: email, passwordHash: hash, role: role, organisationID: organisationID)
            try await user.save(.by(.commandLine, label: email, fields: ["email", "role", "password"]), on: db)
        }
        context.console.print("Created \(role.rawValue) account \(email).")
    }
}

/// Asks at the terminal without echoing; when input is piped in (scripts), reads one line.
private func readPassword(_ console: any Console) -> String {
    if isatty(STDIN_FILENO) == 1 {
        return console.ask("Password (at least \(String(PasswordRule.minimumLength)) characters)".consoleText(), isSecure: true)
    }
    return readLine(strippingNewline: true) ?? ""
}

/// A command-line mistake, said plainly. Vapor reports it (once) when the
/// command ends, and the process exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
