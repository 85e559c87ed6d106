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
        guard let given = try await Self.token(in: request) else { throw AppError.invalidCSRFToken }
        if let expected = request.sessionState.session?.csrfToken {
            guard SessionToken.matches(given, expected) else { throw AppError.invalidCSRFToken }
        } else {
            // No session: a form opened by an anonymous visitor (`AnonymousFormToken`).
            guard try await AnonymousFormToken.verify(given, request: request) else { throw AppError.invalidCSRFToken }
        }
        return try await next.respond(to: request)
    }

    private static func token(in request: Request) async throws -> String? {
        if let header = request.headers.first(name: headerName) { return header }
        // In the address only for streamed uploads, whose body is not read ahead;
        // anywhere else a token in an address could leak through logs and history.
        if request.route?.isStreamedUpload == true { return try? request.query.get(String.self, at: fieldName) }
        guard request.headers.contentType == .urlEncodedForm || request.headers.contentType == .formData else {
            return nil
        }
        _ = try await request.body.collect(max: maximumFormBytes).get()
        return try? request.content.get(String.self, at: fieldName)
    }
}

extension Request {
    /// The token to put in a form's hidden `_csrf` field: the session's, or
    /// for a visitor without one, an `AnonymousFormToken` (no row is written).
    func csrfToken() async throws -> String {
        if let session = sessionState.session { return session.csrfToken }
        return try await AnonymousFormToken.issue(self)
    }
}

extension Route {
    private static let streamedUploadKey = "tandem.streamedUpload"

    /// Marks a route whose body streams to disk (`UploadReceiver`): its form carries the CSRF token in the address.
    @discardableResult
    func streamedUpload() -> Route {
        userInfo[Self.streamedUploadKey] = true
        return self
    }

    var isStreamedUpload: Bool { userInfo[Self.streamedUploadKey] as? Bool == true }
}
