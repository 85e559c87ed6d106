import Vapor

/// Refuses any state-changing request that does not carry the session's CSRF
/// token, in the `_csrf` form field or the `X-CSRF-Token` header. Nothing runs
/// and nothing changes when it is missing or wrong.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = "_csrf"
    static let headerName = "X-CSRF-Token"
    /// Forms are small; uploads use their own routes with their own limits.
    static let maximumFormBytes = 1 << 20

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !([.GET, .HEAD, .OPTIONS] as [HTTPMethod]).contains(request.method) else {
            return try await next.respond(to: request)
        }
        guard let expected = request.sessionState.session?.csrfToken,
              let given = try await Self.token(in: request),
              SessionToken.matches(given, expected)
        else { throw AppError.invalidCSRFToken }
        return try await next.respond(to: request)
    }

    private static func token(in request: Request) async throws -> String? {
        if let header = request.headers.first(name: headerName) { return header }
        if let query = try? request.query.get(String.self, at: fieldName) { return query }
        guard request.headers.contentType == .urlEncodedForm || request.headers.contentType == .formData else {
            return nil
        }
        _ = try await request.body.collect(max: maximumFormBytes).get()
        return try? request.content.get(String.self, at: fieldName)
    }
}

extension Request {
    /// The token to put in a form's hidden `_csrf` field.
    func csrfToken() async throws -> String {
        try await sessionState.ensure(on: db).csrfToken
    }
}
