import Vapor

/// The command line: `tandem serve` and `tandem migrate` come from Vapor and
/// Fluent; these are Tandem's own.
func addCommands(to app: Application) {
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(UserCommandGroup(), as: "user")
    app.asyncCommands.use(ThemesCommandGroup(), as: "themes")
    app.asyncCommands.use(RedactCommandGroup(), as: "redact")
    app.asyncCommands.use(ImportCommandGroup(), as: "import")
}

/// The text commands read and write only files and standard streams. Set-up
/// that would open (and so create) the database file is skipped for them.
let commandsWithoutDatabase: Set<String> = ["themes", "redact"]

extension Application {
    /// Whether the command being run uses the database (serving does).
    var commandUsesDatabase: Bool {
        guard let command = environment.arguments.dropFirst().first else { return true }
        return !commandsWithoutDatabase.contains(command)
    }
}
