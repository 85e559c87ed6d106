import TandemCore
import Vapor

/// What a route asks the access policy before it does anything, declared where
/// the route is registered. Handlers ask it through the loaders
/// (`req.owned`, `req.project`, `req.organisation`, `req.person`) or
/// `req.authorize`; the route sweep test checks that every route answers every
/// role as its declaration and the access policy say.
enum RouteAccess: Sendable {
    /// Anyone, signed in or not.
    case `public`
    /// Anyone signed in.
    case signedIn
    /// A permission about no particular record: 403 without it.
    case global(Permission)
    /// A permission about the organisation in the path: 404 unless the viewer may see it, then 403.
    case organisation(@Sendable (UUID) -> Permission)
    /// A permission about the person in the path: 404 unless the viewer may see them, then 403.
    case person(@Sendable (PersonRef) -> Permission)
    /// A permission about the project in the path, or the project of the record in
    /// the path: 404 unless the viewer may see the project, then 403. Some pages ask
    /// more once the record is loaded (a recommendation's change of status, a
    /// story's transcript); those have their own tests.
    case project(@Sendable (ProjectRef) -> Permission)
    /// A permission about the event in the path, given the organisation that runs it: 403 without it.
    case event(@Sendable (UUID?) -> Permission)

    /// A permission about the PPG in the path: 404 unless the viewer may see the PPG, then 403.
    case ppg(@Sendable (PPGRef) -> Permission)
    /// A permission about the training programme in the path: 404 unless the viewer may see it, then 403.
    case programme(@Sendable (ProgrammeRef) -> Permission)
    /// A permission about the cohort in the path: 404 unless the viewer may see it, then 403.
    case cohort(@Sendable (CohortRef) -> Permission)
    /// A permission about the peer review panel in the path: 404 unless the viewer may see it, then 403.
    case panel(@Sendable (PanelRef) -> Permission)
    /// A permission about the panel review in the path: 404 unless the viewer may see it, then 403.
    case panelReview(@Sendable (ReviewRef) -> Permission)
    /// A permission about the claim in the path: 404 unless the viewer may see it, then 403.
    case claim(@Sendable (ClaimRef) -> Permission)
    /// A permission about the governance group in the path: 404 unless the viewer may see it, then 403.
    case group(@Sendable (GroupRef) -> Permission)

    static let userInfoKey = "tandem.access"

    var needsSignIn: Bool {
        if case .public = self { return false }
        return true
    }
}

extension Route {
    /// The access the route declared when it was registered.
    var access: RouteAccess? { userInfo[RouteAccess.userInfoKey] as? RouteAccess }
}

extension RoutesBuilder {
    /// Registers a route at a `SiteURL` with its declared access. Routes that need
    /// sign-in send anyone not signed in to the sign-in page before the handler
    /// looks anything up, so an address never reveals whether its record exists.
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, _ access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        register(.GET, url, access, body: .collect, handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, _ access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        register(.POST, url, access, body: .collect, handler)
    }

    /// A form whose body is a file, streamed to disk by `UploadReceiver` rather than collected in memory.
    @discardableResult
    func upload<Response: AsyncResponseEncodable>(
        _ url: SiteURL, _ access: RouteAccess, use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        register(.POST, url, access, body: .stream, handler).streamedUpload()
    }

    private func register<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, _ access: RouteAccess, body: HTTPBodyStreamStrategy,
        _ handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let builder: any RoutesBuilder = access.needsSignIn ? signInRequired() : self
        let route = builder.on(method, url.pathComponents, body: body, use: handler)
        route.userInfo[RouteAccess.userInfoKey] = access
        return route
    }
}
