import Fluent
import TandemCore
import Vapor

/// Every recommendation an organisation must act on, across all projects:
/// the list for the people who must act, with overdue ones first.
enum OrganisationRecommendationsController {
    static func list(req: Request) async throws -> Response {
        let organisation = try await req.organisation(Permission.viewOrganisation)
        let organisationID = try organisation.requireID()
        let filter = (try? req.query.get(String.self, at: "show")) ?? "open"
        let model = try await pageModel(organisation, filter: filter, on: req.db)
        return OrganisationRecommendationsPage.render(model, context: try await PageContext.make(req, section: .organisations))
            .response()
    }

    static func pageModel(
        _ organisation: Organisation, filter: String, on db: any Database
    ) async throws -> OrganisationRecommendationsPage.Model {
        let organisationID = try organisation.requireID()
        var query = Recommendation.query(on: db).filter(\.$organisation.$id == organisationID).with(\.$organisation)
        if filter == "open" {
            query = query.filter(\.$status ~~ RecommendationStatus.allCases.filter(\.isOpen))
        }
        let recommendations = try await query.sort(\.$dueOn).sort(\.$createdAt).limit(500).all()
        let projects = try await Project.query(on: db).filter(\.$id ~~ Set(recommendations.map(\.$project.id))).all()
        let titles = Dictionary(projects.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        var rows = try await RecommendationRow.rows(recommendations, projectTitles: titles, on: db)
        if filter == "overdue" { rows = rows.filter(\.isOverdue) }
        // Overdue first, then by due date.
        rows.sort { ($0.isOverdue ? 0 : 1, $0.dueOn ?? .distantFuture) < ($1.isOverdue ? 0 : 1, $1.dueOn ?? .distantFuture) }
        return OrganisationRecommendationsPage.Model(
            organisationID: organisationID, organisationName: organisation.name,
            rows: rows, filter: filter)
    }
}
