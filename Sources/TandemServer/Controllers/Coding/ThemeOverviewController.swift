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
        let overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: grouping, caches: req.application.codingCaches, on: req.db)
        let model = ThemeOverviewPage.Model(header: try await ProjectController.header(project, on: req.db),
                                            overview: overview, grouping: grouping)
        return ThemeOverviewPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }
}
