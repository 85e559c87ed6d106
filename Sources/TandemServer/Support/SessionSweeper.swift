import Fluent
import Vapor

/// Deletes expired sessions every half hour while the server runs, so the
/// table holds only live visits.
struct SessionSweeper: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        guard application.environment != .testing else { return }
        let app = application
        application.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .minutes(1), delay: .minutes(30)) { _ in
            app.eventLoopGroup.makeFutureWithTask {
                try await UserSession.query(on: app.db).filter(\.$expiresAt < Date()).delete()
            }.recover { error in app.logger.warning("Could not sweep sessions: \(error)") }
        }
    }
}
