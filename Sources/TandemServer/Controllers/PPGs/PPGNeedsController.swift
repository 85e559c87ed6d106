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
        let needs = try await needs(req, scope: scope)
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

    /// A workshop on one of the needs: the new-event form, filled in with the need as its topic
    /// and the PPGs that have it invited.
    static func workshop(req: Request) async throws -> Response {
        try req.authorize(.managePPGs)
        let key = (try? req.query.get(String.self, at: "need")) ?? ""
        let needs = try await needs(req, scope: nil)
        guard let need = needs.needs.first(where: { $0.need.statement.key == key }) else { throw AppError.notFound }
        return try await EventController.newFilledIn(req, form: PPGNeedsPage.workshopForm(need))
    }

    private static func needs(_ req: Request, scope: [UUID]?) async throws -> PPGNeedsPage.Needs {
        let key = scope.map { $0.map(\.uuidString).sorted().joined(separator: ",") } ?? "all"
        return try await req.application.services.ppgNeeds.value(for: key) { try await rankedNeeds(scope: scope, on: req.db) }
    }

    /// The needs across the PPGs a viewer may see, from each one's latest answers. Kept half a
    /// minute (`AppServices.ppgNeeds`), and forgotten when an assessment is saved or reworded.
    static func rankedNeeds(scope: [UUID]?, on db: any Database) async throws -> PPGNeedsPage.Needs {
        let latest = try await PracticeListQuery.latestAnswers(scope: scope, on: db)
        let answers = latest.compactMap { row -> (String, [String: AssessmentLevel])? in
            guard let text = row.answers, let levels = JSONText.flat(text) else { return nil }
            return (row.name, levels.compactMapValues { Int($0).flatMap(AssessmentLevel.init(rawValue:)) })
        }
        let questionnaire = try await PPGAssessments.current(on: db)
        let ranked = SelfAssessment.rankedNeeds(answers.map(\.1), statements: questionnaire.statements)
        return PPGNeedsPage.Needs(
            assessed: answers.count, open: latest.count,
            needs: ranked.prefix(10).map { need in
                let ppgs = answers.filter { [.notInPlace, .starting].contains($0.1[need.statement.key]) }.map(\.0)
                return .init(need: need, ppgs: ppgs.sorted())
            })
    }
}
