import Fluent
import TandemCore
import Vapor

/// `tandem demo [--scale N]`: loads made-up data for trying Tandem out. It is
/// the same every time, marked as demo data everywhere, and never mixed into
/// a database that holds real data.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "scale", help: "Make the data N times larger (default 1)")
        var scale: Int?

        @Flag(name: "if-empty", help: "Load only when the database is empty; otherwise just say how to sign in")
        var ifEmpty: Bool

        @Flag(name: "reset-password", help: "Give the demo accounts a new password (TANDEM_DEMO_PASSWORD, or a random one)")
        var resetPassword: Bool

        init() {}
    }

    var help: String { "Loads demonstration data (made-up people and organisations) into an empty database" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        try await app.autoMigrate()
        let db = app.db

        let realOrganisations = try await Organisation.query(on: db).filter(\.$isDemo == false).count()
        let realPeople = try await Person.query(on: db).filter(\.$isDemo == false).count()
        if realOrganisations + realPeople > 0 {
            if signature.ifEmpty {
                console.print("The database holds real data, so no demo data was loaded.")
                return
            }
            throw DemoError.databaseHoldsRealData
        }

        let alreadyLoaded = try await Organisation.query(on: db).filter(\.$isDemo == true).count() > 0
        if alreadyLoaded && !signature.resetPassword {
            console.print("Demo data is already loaded.")
            printSignIn(console, password: nil, port: app.config.port)
            return
        }

        let password = app.config.demoPassword ?? Self.randomPassword()
        let hash = try Bcrypt.hash(password, cost: app.config.bcryptCost)
        if alreadyLoaded {
            try await User.query(on: db).filter(\.$email ~~ DemoGenerator.accountEmails).set(\.$passwordHash, to: hash).update()
            console.print("The demo accounts have a new password.")
        } else {
            let scale = max(1, signature.scale ?? 1)
            let started = Date()
            var generator = DemoGenerator(scale: scale, passwordHash: hash)
            generator.resourceFiles = ResourceLibrary.directory(app)
            generator.receiptFiles = MyTimeController.receipts(app).directory
            let summary = try await generator.load(on: db)
            app.services.demoData.reset()
            console.print("Loaded demo data in \(String(format: "%.1f", Date().timeIntervalSince(started))) seconds: \(summary)")
        }
        printSignIn(console, password: password, port: app.config.port)
    }

    private func printSignIn(_ console: any Console, password: String?, port: Int) {
        console.print("")
        console.print("Sign in at http://127.0.0.1:\(port)/sign-in with any of:")
        for email in DemoGenerator.accountEmails { console.print("  \(email)") }
        if let password {
            console.print("Password: \(password)")
            if ProcessInfo.processInfo.environment["TANDEM_DEMO_PASSWORD"] == nil {
                console.print(
                    "(Shown once. Set TANDEM_DEMO_PASSWORD to choose it, or run `tandem demo --reset-password` for a new one.)")
            }
        } else {
            console.print("Password: the value of TANDEM_DEMO_PASSWORD, or the one shown when the demo data was loaded.")
            console.print("Forgotten it? Run `tandem demo --reset-password`.")
        }
    }

    /// Four groups of letters and digits: long, easy to type, printed once.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }
            .joined(separator: "-")
    }
}

enum DemoError: Error, CustomStringConvertible {
    case databaseHoldsRealData

    var description: String {
        "This database holds real (not demo) data, so demo data will not be added to it. Use an empty database, for example TANDEM_DATABASE_PATH=demo.sqlite."
    }
}
