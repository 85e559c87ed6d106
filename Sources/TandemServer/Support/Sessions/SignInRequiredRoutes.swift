import Vapor

extension RoutesBuilder {
    /// Routes for signed-in people only: anyone not signed in is sent to the
    /// sign-in page before a route looks anything up, so an address never
    /// reveals whether its record exists.
    func signInRequired() -> any RoutesBuilder { SignInRequiredRoutes(root: self) }
}

/// Adds the sign-in check to each route's own handler rather than as route
/// middleware: an `AsyncMiddleware` around a route is one more task and two
/// more thread hops on every request (see `MiddlewarePipeline`).
private struct SignInRequiredRoutes: RoutesBuilder {
    let root: any RoutesBuilder

    func add(_ route: Route) {
        let handler = route.responder
        route.responder = AsyncBasicResponder { request in
            _ = try request.requireUser()
            if let handler = handler as? any AsyncResponder { return try await handler.respond(to: request) }
            return try await handler.respond(to: request).get()
        }
        root.add(route)
    }
}
