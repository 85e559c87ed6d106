import Fluent
import TandemCore
import Vapor

/// Coders' disagreements: the list of comments two people coded differently, and the
/// side-by-side page where the team agrees each comment's final coding.
enum DisagreementController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let model = try await listModel(
            project, ref: ref, page: req.requestedPage, viewer: try req.requireUser().viewer, on: req.db)
        return DisagreementListPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func listModel(
        _ project: Project, ref: ProjectRef, page: Int?, viewer: Viewer, on db: any Database
    ) async throws -> DisagreementListPage.Model {
        let projectID = try project.requireID()
        let open = try await CodingDisagreements.open(projectID: projectID, on: db)
        let pagination = Pagination(page: page, perPage: perPage, totalItems: open.count)
        let shown = Array(open.dropFirst(pagination.offset).prefix(perPage))
        let items = try await FeedbackItem.query(on: db).filter(\.$id ~~ shown.map(\.itemID)).all()
        let byID = Dictionary(items.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let names = try await themeNames(projectID, on: db)
        return DisagreementListPage.Model(
            header: try await ProjectController.header(project, on: db),
            rows: shown.compactMap { open in
                guard let item = byID[open.itemID] else { return nil }
                return .init(
                    itemID: open.itemID, text: viewer.reader.text(item, ref),
                    agreed: open.comparison.agreedThemes.compactMap { names[$0] }.sorted(),
                    disputed: open.comparison.disputedThemes.compactMap { names[$0] }.sorted(),
                    feelingsDiffer: open.comparison.agreedSentiment == nil)
            },
            pagination: pagination)
    }

    static func form(req: Request) async throws -> Response {
        let (item, project, ref) = try await req.owned(FeedbackItem.self, Permission.contributeEvidence)
        let comparison = try await CodingDisagreements.comparison(of: item.requireID(), on: req.db)
        let form = SettleCodingForm(agreedThemes: comparison.agreedThemes, sentiment: comparison.agreedSentiment)
        return try await render(req, item: item, project: project, ref: ref, comparison: comparison, form: form, errors: .init())
    }

    static func settle(req: Request) async throws -> Response {
        let (item, project, ref) = try await req.owned(FeedbackItem.self, Permission.contributeEvidence)
        let comparison = try await CodingDisagreements.comparison(of: item.requireID(), on: req.db)
        let form = try req.content.decode(SettleCodingForm.self)
        switch form.validate(against: comparison) {
        case .failure(let errors):
            return try await render(
                req, item: item, project: project, ref: ref, comparison: comparison, form: form, errors: errors,
                status: .badRequest)
        case .success(let valid):
            do {
                try await CodingDisagreements.settle(
                    item, themes: valid.themeIDs, sentiment: valid.sentiment, note: valid.note, by: req.auditActor, on: req.db)
            } catch CodingDisagreements.SettleError.notShared {
                throw AppError.conflict("Only a comment two people have coded can have an agreed coding")
            }
            try await req.flash("Agreed coding saved")
            return req.seeOther(SiteURL.project(.value(try project.requireID()), .disagreements))
        }
    }

    private static func render(
        _ req: Request, item: FeedbackItem, project: Project, ref: ProjectRef, comparison: CodingDisagreements.Comparison,
        form: SettleCodingForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await settleModel(
            item, project: project, ref: ref, comparison: comparison, form: form, viewer: try req.requireUser().viewer,
            on: req.db)
        return SettleCodingPage.render(model, context: try await PageContext.withForm(req, section: .projects), errors: errors)
            .response(status)
    }

    static func settleModel(
        _ item: FeedbackItem, project: Project, ref: ProjectRef, comparison: CodingDisagreements.Comparison,
        form: SettleCodingForm, viewer: Viewer, on db: any Database
    ) async throws -> SettleCodingPage.Model {
        let names = try await themeNames(try project.requireID(), on: db)
        let coders = try await Person.query(on: db).filter(\.$id ~~ comparison.codings.map(\.coder)).all()
        let coderNames = Dictionary(coders.map { ($0.id!, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let settlement = try await CodingSettlement.query(on: db).filter(\.$item.$id == item.requireID()).first()
        return SettleCodingPage.Model(
            header: try await ProjectController.header(project, on: db), itemID: try item.requireID(),
            text: viewer.reader.text(item, ref),
            coders: comparison.codings.map { coding in
                .init(
                    name: coding.coder == viewer.personID ? "You" : coderNames[coding.coder] ?? "Someone who has left",
                    themes: coding.themes, sentiment: coding.sentiment)
            },
            themes: comparison.givenThemes.compactMap { id in names[id].map { (id: id, name: $0) } }.sorted { $0.name < $1.name },
            settledAt: settlement?.settledAt, form: form)
    }

    private static func themeNames(_ projectID: UUID, on db: any Database) async throws -> [UUID: String] {
        Dictionary(
            try await ProjectCodebook.themes(of: projectID, on: db).map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
