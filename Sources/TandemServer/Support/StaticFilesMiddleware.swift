import Vapor

/// Serves `Public/` (Tandem's own CSS, JS and images, and the fetched NHS.UK
/// frontend), letting browsers keep the files for an hour.
struct StaticFilesMiddleware: AsyncMiddleware {
    private let files: FileMiddleware
    /// What `Public/` holds at the top ("/css", "/vendor"), read once at start.
    private let entries: [String]

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: publicDirectory)) ?? []
        entries = names.map { "/\($0)" }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Only paths in Public/'s folders (or its top-level files) can be files. Every other request
        // (every page) goes straight on: FileMiddleware would look for a file on
        // disk and pass the request on through an EventLoopFuture and a new task.
        let path = request.url.path
        guard entries.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) else {
            return try await next.respond(to: request)
        }
        let response = try await files.respond(to: request, chainingTo: next).get()
        if response.status == .ok || response.status == .notModified,
            !response.headers.contains(name: .cacheControl),
            path.contains(".")
        {
            response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        }
        return response
    }
}
