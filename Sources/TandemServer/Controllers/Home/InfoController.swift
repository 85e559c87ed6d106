import Vapor

/// Pages anyone can read: the accessibility statement and the privacy notice.
enum InfoController {
    static func accessibility(req: Request) async throws -> Response {
        InfoPages.accessibility(.init(contacts: req.application.config.service), context: try await PageContext.make(req))
            .response()
    }

    static func privacy(req: Request) async throws -> Response {
        InfoPages.privacy(.init(contacts: req.application.config.service), context: try await PageContext.make(req)).response()
    }
}
