import Fluent
import NIOConcurrencyHelpers
import Vapor

/// Deletes expired sessions and sign-in attempts too old to count every half
/// hour while the server runs, so the tables hold only live visits, asks owners
/// of changes whose sustainability review has fallen due, and sends reminders of
/// work due soon or overdue (`Reminders`) and of events (`EventReminders`). Started by the first request, so
/// command-line runs (which serve no requests) never start it.
final class SessionSweeper: Sendable {
    private let started = NIOLockedValueBox(false)

    func startIfNeeded(_ app: Application) {
        let first = started.withLockedValue { value -> Bool in
            defer { value = true }
            return !value
        }
        guard first, app.environment != .testing else { return }
        // At start: checks and imports cut off by a stop or crash become failed (see `ImportRecovery`).
        Task {
            do { try await ImportRecovery.sweep(app: app) } catch {
                app.logger.warning("Could not look for cut-off imports: \(error)")
            }
        }
        app.eventLoopGroup.next().scheduleRepeatedAsyncTask(initialDelay: .minutes(1), delay: .minutes(30)) { _ in
            app.eventLoopGroup.makeFutureWithTask {
                try await UserSession.query(on: app.db).filter(\.$expiresAt < Date()).delete()
                try await LoginThrottle.sweep(on: app.db)
                try await ImportRecovery.sweep(app: app)
                let asked = try await SustainabilityReview.askOwners(today: Date(), on: app.db)
                let config = app.config
                let events = try await EventReminders.sendDue(
                    now: Date(), links: EventMessages.Links(absolute: { config.absoluteURL($0) }), on: app.db)
                if try await Reminders.sendDue(today: Date(), on: app.db) + asked + events > 0 {
                    app.services.outboxDelivery.deliverSoon(app)
                }
            }.recover { error in app.logger.warning("Could not sweep expired sessions or ask for reviews: \(error)") }
        }
    }
}
