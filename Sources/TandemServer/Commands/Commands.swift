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
