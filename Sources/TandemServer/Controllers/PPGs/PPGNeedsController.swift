import Fluent
import TandemCore
import Vapor

/// The ICB roll-up of the self-assessments: a heat map of PPGs by section, and the needs
/// ranked across the ICB, each of which a coordinator turns into a workshop.
enum PPGNeedsController {
    static func page(req: Request) async throws -> Response {
        try req.authorize(.listPPGs)
        let model = try await model(scope: try await PPGListController.scope(req), on: req.db)
        let mayPlan = req.currentUser.map { AccessPolicy.allows($0.viewer, .managePPGs) } ?? false
        return PPGNeedsPage.render(model, mayPlan: mayPlan, context: try await PageContext.make(req, section: .ppgs)).response()
    }

    static func model(scope: [UUID]?, on db: any Database) async throws -> PPGNeedsPage.Model {
        let rows = try await PPGOverview.rows(scope: scope, filters: .init(), on: db).filter {
            $0.ppgID != nil && $0.status != .closed
        }
        let newest = try await PPGAssessments.newestByPPG(rows.compactMap(\.ppgID), on: db)
        let questionnaire = try await PPGAssessments.current(on: db)
        let needs = SelfAssessment.rankedNeeds(newest.values.map(\.answers), statements: questionnaire.statements)
        let names = Dictionary(
            rows.compactMap { row in row.ppgID.map { ($0, row.ppgName ?? row.practice) } }, uniquingKeysWith: { a, _ in a })
        return PPGNeedsPage.Model(
            rows: rows.compactMap { row in
                guard let id = row.ppgID, let assessment = newest[id] else { return nil }
                return .init(
                    ppgID: id, name: row.ppgName ?? row.practice, pcn: row.pcn, on: assessment.completedOn,
                    scores: assessment.scores)
            },
            withoutAssessment: rows.filter { row in row.ppgID.map { newest[$0] == nil } ?? false }.count,
            needs: needs.prefix(10).map { need in
                let ppgs = newest.filter { [.notInPlace, .starting].contains($0.value.answers[need.statement.key]) }.keys
                return .init(need: need, ppgs: ppgs.compactMap { names[$0] }.sorted())
            })
    }
}
