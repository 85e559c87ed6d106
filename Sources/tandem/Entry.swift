import TandemServer
import Vapor

/// Starts Tandem: reads settings, configures the app and runs the command
/// given on the command line (`serve` when none is given).
@main
enum Entry {
    static func main() async throws {
        var env = try Environment.detect()
        // Logs go to standard error, so that what commands print (redacted text,
        // JSON scores) can be piped on without log lines mixed in.
        try LoggingSystem.bootstrap(from: &env) { level in
            { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let app = try await Application.make(env)
        do {
            let config = try AppConfig.fromEnvironment()
            try await configure(app, config: config)
            try await app.execute()
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            try? await app.asyncShutdown()
            exit(1)
        } catch {
            // Vapor has already reported why the command failed: end with status 1
            // rather than a crash report.
            try? await app.asyncShutdown()
            exit(1)
        }
        try await app.asyncShutdown()
    }
}
