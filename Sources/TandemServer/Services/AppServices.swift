import Vapor

/// Everything a running Tandem keeps beside the database: caches, background
/// work and keys. Installed in one place (`installServices`, from `configure`)
/// and reached as `app.services` or `req.application.services`.
final class AppServices: Sendable {
    let codingCaches = CodingCaches()
    let themeModels = ThemeModelCache()
    let themeRetrainer = ThemeRetrainer()
    let demoData = DemoDataFlag()
    let outboxDelivery = OutboxDelivery()
    let importProgress = ImportProgress()
    let sessionSweeper = SessionSweeper()
    let formTokenKey = FormTokenKey()
    let eventLocks = EventLocks()
    /// The public library's topic filters (`ResourceLibrary.topics`), forgotten by `ResourceLibrary.save`.
    let resourceTopics = Cache<String, [TopicCount]>(lifetime: 60, capacity: 1)
    /// The PPG needs ranked across what each viewer may see, by scope: forgotten when this server
    /// saves or rewords an assessment, and kept thirty seconds at most, so another server's answers
    /// reach this roll-up within half a minute.
    let ppgNeeds = Cache<String, PPGNeedsPage.Needs>(lifetime: 30, capacity: 64)
    /// The PCNs the ICB view filters by: a new PCN appears there within a minute.
    let ppgPCNs = Cache<String, [PPGListPage.PCN]>(lifetime: 60, capacity: 1)
    /// Open opportunities as the ranking reads them, by day, for each partner's suggestions: forgotten
    /// by `OpportunityBoard.post`, `select` and `close`, and kept a minute at most for other servers' changes.
    let openOpportunities = Cache<String, [OpportunityBoard.Open]>(lifetime: 60, capacity: 2)
    /// An opportunity's ranked list of the people interested, by opportunity and page: forgotten for
    /// the opportunity by `OpportunityBoard.expressInterest`, and for all by `select` and `close` (a place
    /// taken changes how often and recently someone took part, wherever else they are interested). A
    /// change to someone's profile or consent reaches it within thirty seconds.
    let rankedInterest = Cache<String, OpportunityBoard.RankedPage>(lifetime: 30, capacity: 256)
    /// The rate card as pages show it (never to price a claim, which reads it fresh): forgotten by
    /// `RateCards.confirm` and `add`, and kept a minute at most for other servers' changes.
    let rateCard = Cache<String, RateCards.Current>(lifetime: 60, capacity: 1)
}

extension Application {
    private struct AppServicesKey: StorageKey { typealias Value = AppServices }

    var services: AppServices {
        guard let services = storage[AppServicesKey.self] else { fatalError("configure(_:config:) has not run") }
        return services
    }

    func installServices() async {
        // A shutdown part way through rolls the running import back: nothing half-done is left.
        await storage.setWithAsyncShutdown(AppServicesKey.self, to: AppServices()) { await $0.importProgress.cancelAll() }
    }
}
