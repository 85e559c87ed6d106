import Vapor

/// Tandem's middleware run as one: each stage hands the request to the next
/// as a plain async call. Vapor starts a new task, and passes the response
/// back through an EventLoopFuture, for every `AsyncMiddleware` in its own
/// chain; with six of them that was six tasks and a dozen thread hops for
/// every request, a fifth of what a busy page cost.
struct MiddlewarePipeline: AsyncMiddleware {
    let stages: [any AsyncMiddleware]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await respond(to: request, stage: 0, then: next)
    }

    private func respond(to request: Request, stage: Int, then next: any AsyncResponder) async throws -> Response {
        guard stage < stages.count else { return try await next.respond(to: request) }
        return try await stages[stage].respond(
            to: request,
            chainingTo: AsyncBasicResponder { request in
                try await respond(to: request, stage: stage + 1, then: next)
            })
    }
}

/// Vapor's `RouteLoggingMiddleware` (method and path, at `info`) as a stage of the pipeline.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.logger.info("\(request.method) \(request.url.path.removingPercentEncoding ?? request.url.path)")
        return try await next.respond(to: request)
    }
}
