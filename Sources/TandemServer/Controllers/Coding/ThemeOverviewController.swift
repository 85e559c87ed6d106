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
        // Worked out once for each state of the coding (see CodingCaches).
        let caches = req.application.services.codingCaches
        let key = try await ThemeOverview.key(projectID: projectID, themes: themes, grouping: grouping, on: req.db)
        let overview: ThemeOverview
        if let cached = caches.overviews.value(key) {
            overview = cached
        } else {
            overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: grouping, on: req.db)
            caches.remember(overview, for: key)
        }
        let body = ThemeOverviewPage.body(overview, projectID: projectID, grouping: grouping).render()
        let header = try await ProjectController.header(project, on: req.db)
        return ThemeOverviewPage.render(header: header, body: body, context: try await PageContext.make(req, section: .projects)).response()
    }
}
