import Fluent
import TandemCore
import Vapor

/// The theme overview: what the coding says across the whole project.
enum ThemeOverviewController {
    static func show(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.viewProject)
        let projectID = try project.requireID()
        let grouping = (try? req.query.get(String.self, at: "by")).flatMap(ThemeOverview.Grouping.init(rawValue:)) ?? .service
        let themes = try await ProjectCodebook.themes(of: projectID, on: req.db)
        // Worked out and rendered once for each state of the coding (see CodingCaches).
        let caches = req.application.codingCaches
        let key = try await ThemeOverview.key(projectID: projectID, themes: themes, grouping: grouping, on: req.db)
        let body: String
        if let cached = caches.overview(key) {
            body = cached.html
        } else {
            let overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: grouping, on: req.db)
            body = ThemeOverviewPage.body(overview, projectID: projectID, grouping: grouping).render()
            caches.remember(.init(overview: overview, html: body), for: key)
        }
        let header = try await ProjectController.header(project, on: req.db)
        return ThemeOverviewPage.render(header: header, body: body, context: try await PageContext.make(req, section: .projects)).response()
    }
}
