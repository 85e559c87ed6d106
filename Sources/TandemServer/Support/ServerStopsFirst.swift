import Vapor

/// Vapor shuts its lifecycle handlers down (among them Fluent's, which closes
/// the databases) before the HTTP server, which goes with the application's
/// storage. A request still being answered when the server is asked to stop
/// would then find no database and stop the process with a crash. Registered
/// after the databases, this handler runs first: it stops the server, which
/// takes no new connections and waits (up to its shutdown timeout) for the
/// requests in flight to be answered, while the databases are still open.
/// Background work (imports, model training, emails) is then stopped or finished
/// while the databases are still there too.
struct ServerStopsFirst: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.http.server.shared.shutdown()
        await application.services.importProgress.cancelAll()
        await application.services.themeRetrainer.waitForAll()
        await application.services.outboxDelivery.waitForAll()
    }
}
