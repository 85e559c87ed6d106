import Fluent
import TandemCore
import Vapor

extension RecommendationPage {
    /// Renders the page; forms that came back with errors keep what was typed.
    static func load(
        _ req: Request, recommendation: Recommendation, project: Project, ref: ProjectRef,
        errors: FormErrors = FormErrors(), status: StatusChangeForm? = nil,
        update: ProgressUpdateForm? = nil,
        review: ReviewForm? = nil, due: DueDateProposalForm? = nil,
        httpStatus: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await model(
            recommendation, project: project, ref: ref, errors: errors, status: status, update: update,
            review: review, due: due, viewer: try req.requireUser().viewer, on: req.db)
        return render(model, context: try await PageContext.withForm(req, section: .projects)).response(httpStatus)
    }

    static func model(
        _ recommendation: Recommendation, project: Project, ref: ProjectRef, errors: FormErrors,
        status: StatusChangeForm?, update: ProgressUpdateForm?,
        review: ReviewForm?, due: DueDateProposalForm? = nil, viewer: Viewer, on db: any Database
    ) async throws -> Model {
        let id = try recommendation.requireID()
        let findingIDs = try await RecommendationFinding.query(on: db).filter(\.$recommendation.$id == id).all(\.$finding.$id)
        let findings = try await Finding.query(on: db).filter(\.$id ~~ findingIDs).sort(\.$createdAt).all()
        let links = try await FindingEvidence.query(on: db).filter(\.$finding.$id ~~ findingIDs).with(\.$item).all()
        var items: [UUID: FeedbackItem] = [:]
        for link in links { items[link.$item.id] = link.item }
        let quotes = links.filter(\.isQuote).map(\.item)
        let negative = items.values.filter { $0.sentiment == .negative }.count
        let updates = try await RecommendationUpdate.query(on: db).filter(\.$recommendation.$id == id)
            .sort(\.$writtenOn, .descending).sort(\.$createdAt, .descending).all()
        let people = try await Person.query(on: db).filter(\.$id ~~ Set(updates.compactMap(\.$author.id))).all()
        let names = Dictionary(people.map { ($0.id!, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        if recommendation.$organisation.value == nil { try await recommendation.$organisation.load(on: db) }
        let proposedBy = try await Person.displayName(of: recommendation.$proposedDueBy.id, on: db)
        return Model(
            header: try await ProjectController.header(project, on: db),
            summary: try await RecommendationRow.rows([recommendation], on: db)[0],
            declineReason: recommendation.declineReason, implementedOn: recommendation.implementedOn,
            reviewDueOn: recommendation.reviewDueOn, isPublished: recommendation.isPublished,
            findings: findings.map { (id: $0.id!, statement: $0.statement) },
            supportingComments: items.count, negativeComments: negative,
            quotes: quotes.map { (itemID: $0.id!, text: viewer.reader.text($0, ref), mayPublish: $0.mayBeQuoted) },
            updates: updates.map { update in
                UpdateRow(
                    date: update.writtenOn, text: update.text, link: update.evidenceLink,
                    file: update.evidenceFile == nil ? nil : (update.id!, update.evidenceFileName ?? "evidence"),
                    author: update.$author.id.flatMap { names[$0] },
                    change: update.statusTo.flatMap(RecommendationStatus.init(rawValue:)))
            },
            canEdit: viewer.can(.contributeEvidence(ref)),
            canCommit: viewer.can(.commitToChange(RecommendationController.changeRef(recommendation, ref))),
            canPublish: viewer.can(.manageProject(ref)),
            errors: errors, statusInput: status, updateInput: update, reviewInput: review,
            proposedDue: recommendation.proposedDueOn.map {
                (on: $0, why: recommendation.proposedDueReason ?? "", by: proposedBy)
            },
            dueInput: due)
    }
}
