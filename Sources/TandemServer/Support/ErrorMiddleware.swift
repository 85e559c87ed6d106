import Fluent
import Vapor

/// Turns every error into the right status and an NHS-style page, or JSON
/// under /api. Server faults are logged in full and shown to nobody.
struct TandemErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) async -> Response {
        let isAPI = request.url.path.hasPrefix("/api/")
        let (status, message, headers) = describe(error)
        if status.code >= 500 {
            request.logger.report(error: error)
        }

        // Sign-in required: people are sent to sign in, then brought back.
        if case AppError.signInRequired = error, !isAPI, request.method == .GET {
            let next = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            return request.redirect(to: SiteURL.signIn.path(query: [("next", next)]), redirectType: .normal)
        }

        if isAPI {
            let response = Response(status: status, headers: headers)
            try? response.content.encode(APIError(error: true, status: Int(status.code), reason: message))
            return response
        }

        let context = (try? await PageContext.make(request)) ?? .anonymous
        let html = ErrorPage.render(status: status, message: message, context: context)
        var allHeaders = headers
        allHeaders.contentType = .html
        return Response(status: status, headers: allHeaders, body: .init(string: html))
    }

    private static func describe(_ error: any Error) -> (HTTPResponseStatus, String, HTTPHeaders) {
        switch error {
        case let appError as AppError:
            return (appError.status, appError.reason, appError.headers)
        case let abort as any AbortError:
            // Errors from the framework (a body that cannot be decoded, a parameter of the wrong
            // kind) carry reasons written for programmers: people get a plain one for the status.
            return (abort.status, plainReason(abort.status), abort.headers)
        case is DecodingError:
            return (.badRequest, "The information sent was not in the expected form", [:])
        default:
            return (.internalServerError, "Sorry, there is a problem with the service", [:])
        }
    }
}

extension TandemErrorMiddleware {
    static func plainReason(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400, 415, 422: "The information sent was not in the expected form"
        case 401: "You need to sign in to see this page"
        case 403: "You do not have access to this page"
        case 404, 405: "Page not found"
        case 413: "What was sent is larger than Tandem accepts"
        case 429: "Too many requests. Wait a minute, then try again"
        case 500...: "Sorry, there is a problem with the service"
        default: "The request could not be completed"
        }
    }
}

struct APIError: Content {
    let error: Bool
    let status: Int
    let reason: String
}
