import Vapor

/// Sends anyone not signed in to the sign-in page before a route looks
/// anything up, so an address never reveals whether its record exists.
struct SignInRequiredMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.requireUser()
        return try await next.respond(to: request)
    }
}
