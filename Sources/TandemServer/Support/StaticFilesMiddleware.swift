import Vapor

/// Serves `Public/` (Tandem's own CSS, JS and images, and the fetched NHS.UK
/// frontend), letting browsers keep the files for an hour.
struct StaticFilesMiddleware: AsyncMiddleware {
    private let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await files.respond(to: request, chainingTo: next).get()
        if response.status == .ok || response.status == .notModified,
           !response.headers.contains(name: .cacheControl),
           request.url.path.contains(".") {
            response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        }
        return response
    }
}
