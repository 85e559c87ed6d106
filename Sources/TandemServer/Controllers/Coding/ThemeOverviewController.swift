import Fluent
import TandemCore
import Vapor

/// The theme overview: what the coding says across the whole project.
enum ThemeOverviewController {
    static func show(req: Request) async throws -> Response {
        let (project, _) = try await req.project(Permission.viewProject)
        let grouping = (try? req.query.get(String.self, at: "by")).flatMap(ThemeOverview.Grouping.init(rawValue:)) ?? .service
        let model = try await pageModel(project, grouping: grouping, caches: req.application.services.codingCaches, on: req.db)
        return ThemeOverviewPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func pageModel(
        _ project: Project, grouping: ThemeOverview.Grouping, caches: CodingCaches,
        on db: any Database
    ) async throws -> ThemeOverviewPage.Model {
        let projectID = try project.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        // Worked out once for each state of the coding (see CodingCaches).
        let key = try await ThemeOverview.key(projectID: projectID, themes: themes, grouping: grouping, on: db)
        let overview: ThemeOverview
        if let cached = caches.overviews.value(key) {
            overview = cached
        } else {
            overview = try await ThemeOverview.load(projectID: projectID, themes: themes, grouping: grouping, on: db)
            caches.remember(overview, for: key)
        }
        return ThemeOverviewPage.Model(
            header: try await ProjectController.header(project, on: db), overview: overview, grouping: grouping)
    }
}
