import Fluent
import TandemCore
import Vapor

/// The ICB roll-up of the self-assessments: the needs ranked across the ICB, each of which a
/// coordinator turns into a workshop, and a heat map of PPGs by section, a page at a time.
enum PPGNeedsController {
    static let perPage = 50

    static func page(req: Request) async throws -> Response {
        try req.authorize(.listPPGs)
        let scope = try await PPGListController.scope(req)
        let key = scope.map { $0.map(\.uuidString).sorted().joined(separator: ",") } ?? "all"
        let needs = try await req.application.services.ppgNeeds.value(for: key) {
            try await rankedNeeds(scope: scope, on: req.db)
        }
        let listed = try await PPGOverview.page(
            scope: scope, filters: .init(status: "open"), page: req.requestedPage, perPage: perPage, on: req.db)
        let model = PPGNeedsPage.Model(
            rows: listed.rows.compactMap { row in
                guard let id = row.ppgID else { return nil }
                return .init(ppgID: id, name: row.ppgName ?? row.practice, pcn: row.pcn, scores: row.scores)
            },
            pagination: listed.pagination, assessed: needs.assessed, needs: needs.needs)
        let mayPlan = req.currentUser.map { AccessPolicy.allows($0.viewer, .managePPGs) } ?? false
        return PPGNeedsPage.render(model, mayPlan: mayPlan, context: try await PageContext.make(req, section: .ppgs)).response()
    }

    /// The needs across the PPGs a viewer may see, from each one's latest answers. Kept a few
    /// seconds (`AppServices.ppgNeeds`), and forgotten when an assessment is saved or reworded.
    static func rankedNeeds(scope: [UUID]?, on db: any Database) async throws -> PPGNeedsPage.Needs {
        let open = try await PPGOverview.page(scope: scope, filters: .init(status: "open"), perPage: nil, on: db).rows
        let ppgIDs = open.compactMap(\.ppgID)
        let newest = try await PPGAssessments.newestByPPG(ppgIDs, on: db)
        let names = try await PPG.query(on: db).filter(\.$id ~~ Array(newest.keys)).all()
        let nameOf = Dictionary(names.map { ($0.savedID, $0.name) }, uniquingKeysWith: { a, _ in a })
        let questionnaire = try await PPGAssessments.current(on: db)
        let ranked = SelfAssessment.rankedNeeds(newest.values.map(\.answers), statements: questionnaire.statements)
        return PPGNeedsPage.Needs(
            assessed: newest.count, open: ppgIDs.count,
            needs: ranked.prefix(10).map { need in
                let ppgs = newest.filter { [.notInPlace, .starting].contains($0.value.answers[need.statement.key]) }.keys
                return .init(need: need, ppgs: ppgs.compactMap { nameOf[$0] }.sorted())
            })
    }
}
