import Fluent
import TandemCore
import Vapor

/// Recommendations: what should change, who will do it and by when, their
/// progress, and the change told back to the people who asked for it.
enum RecommendationController {
    static func list(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await renderList(req, project: project, ref: ref, input: .blank(for: project), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let form = try req.content.decode(RecommendationForm.self)
        let choices = try await RecommendationChoices.load(
            project: project, ref: ref, viewer: try req.requireUser().viewer, on: req.db)
        let valid: RecommendationForm.Valid
        switch form.validate(choices: choices) {
        case .failure(let errors):
            return try await renderList(req, project: project, ref: ref, input: form, errors: errors, status: .badRequest)
        case .success(let value): valid = value
        }
        let recommendation = Recommendation(
            projectID: projectID, organisationID: valid.organisationID, ownerID: valid.ownerID,
            text: valid.text, priority: valid.priority, dueOn: valid.dueOn)
        try await req.db.transaction { db in
            try await recommendation.create(on: db)
            let recommendationID = try recommendation.requireID()
            try await valid.findingIDs.map { RecommendationFinding(recommendationID: recommendationID, findingID: $0) }.create(
                on: db)
        }
        try await req.flash("Recommendation proposed. Agree it with the organisation that must act on it.")
        return req.seeOther(SiteURL.recommendation(.value(try recommendation.requireID())))
    }

    static func show(req: Request) async throws -> Response {
        let (recommendation, project, ref) = try await req.owned(Recommendation.self, Permission.viewProject)
        return try await RecommendationPage.load(req, recommendation: recommendation, project: project, ref: ref)
    }

    /// A recommendation whose status is about to change: that commits its
    /// organisation, so it needs `commitToChange` as well as seeing the project.
    static func findToCommit(_ req: Request) async throws -> (Recommendation, Project, ProjectRef) {
        let (recommendation, project, ref) = try await req.owned(Recommendation.self, Permission.viewProject)
        try req.authorize(.commitToChange(changeRef(recommendation, ref)))
        return (recommendation, project, ref)
    }

    static func changeRef(_ recommendation: Recommendation, _ ref: ProjectRef) -> ChangeRef {
        ChangeRef(project: ref, actingOrganisationID: recommendation.$organisation.id, ownerID: recommendation.$owner.id)
    }

    private static func renderList(
        _ req: Request, project: Project, ref: ProjectRef, input: RecommendationForm, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await listModel(
            project: project, ref: ref, input: input, errors: errors, viewer: try req.requireUser().viewer, on: req.db)
        return RecommendationListPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(
            status)
    }

    static func listModel(
        project: Project, ref: ProjectRef, input: RecommendationForm, errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> RecommendationListPage.Model {
        let projectID = try project.requireID()
        let recommendations = try await Recommendation.query(on: db).filter(\.$project.$id == projectID)
            .with(\.$organisation).sort(\.$createdAt).all()
        let canAdd = viewer.can(.contributeEvidence(ref))
        let choices =
            canAdd
            ? try await RecommendationChoices.load(project: project, ref: ref, viewer: viewer, on: db) : RecommendationChoices()
        return RecommendationListPage.Model(
            header: try await ProjectController.header(project, on: db),
            rows: try await RecommendationRow.rows(recommendations, on: db), choices: choices,
            canAdd: canAdd, input: input, errors: errors)
    }
}

/// A recommendation as lists show it.
struct RecommendationRow: Sendable {
    let id: UUID
    let text: String
    let status: RecommendationStatus
    let priority: RecommendationPriority
    let organisation: String
    let owner: String?
    let dueOn: Date?
    let isOverdue: Bool
    let project: String?

    static func rows(
        _ recommendations: [Recommendation], projectTitles: [UUID: String] = [:], on db: any Database
    ) async throws -> [RecommendationRow] {
        let ownerIDs = Set(recommendations.compactMap(\.$owner.id))
        let owners = try await Person.query(on: db).filter(\.$id ~~ ownerIDs).all()
        let names = Dictionary(owners.map { ($0.id!, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let today = Date()
        return recommendations.map { recommendation in
            RecommendationRow(
                id: recommendation.id!, text: recommendation.text, status: recommendation.status,
                priority: recommendation.priority,
                organisation: recommendation.$organisation.value?.name ?? "",
                owner: recommendation.$owner.id.flatMap { names[$0] },
                dueOn: recommendation.dueOn,
                isOverdue: RecommendationRules.isOverdue(status: recommendation.status, due: recommendation.dueOn, today: today),
                project: projectTitles[recommendation.$project.id])
        }
    }
}

/// What a new recommendation can point at: the project's findings, the
/// organisations the viewer works with, and the team as possible owners.
struct RecommendationChoices: Sendable {
    struct Choice: Sendable {
        let id: UUID
        let label: String
        /// For owners: whether they are on the project team, and the organisations they belong to.
        var onTeam = false
        var organisations: Set<UUID> = []
    }

    var findings: [Choice] = []
    var organisations: [Choice] = []
    var owners: [Choice] = []

    static func load(project: Project, ref: ProjectRef, viewer: Viewer, on db: any Database) async throws -> RecommendationChoices
    {
        let projectID = try project.requireID()
        let findings = try await Finding.query(on: db).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
        var organisations = try await Organisation.query(on: db).filter(\.$archivedAt == nil).sort(\.$name).limit(500).all()
        switch AccessPolicy.organisationScope(viewer) {
        case .everything: break
        case .organisations(let ids): organisations = organisations.filter { ids.contains($0.id!) }
        case .person, .nothing: organisations = []
        }
        if let partner = project.$organisation.value, !organisations.contains(where: { $0.id == partner.id }) {
            organisations.insert(partner, at: 0)
        }
        // Owners: the team, and the people of the organisations that may be asked to act
        // (the project's partner and the viewer's own), named with their organisation.
        var acting = [project.$organisation.id]
        if case .organisations(let ids) = AccessPolicy.organisationScope(viewer) { acting += ids }
        let memberships = try await PersonOrganisation.query(on: db).filter(\.$organisation.$id ~~ acting).limit(1_000).all()
        let people = try await Person.query(on: db)
            .filter(\.$id ~~ Set(ref.team).union(memberships.map(\.$person.id))).all()
        let organisationOf = Dictionary(grouping: memberships, by: \.$person.id).mapValues { Set($0.map(\.$organisation.id)) }
        let names = Dictionary(organisations.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let owners = people.map { person -> Choice in
            let onTeam = ref.team.contains(person.id!)
            let belongsTo = organisationOf[person.id!] ?? []
            let place = onTeam ? "project team" : belongsTo.compactMap { names[$0] }.sorted().first ?? ""
            return Choice(
                id: person.id!, label: place.isEmpty ? person.displayName : "\(person.displayName) (\(place))", onTeam: onTeam,
                organisations: belongsTo)
        }.sorted { ($0.onTeam ? 0 : 1, $0.label) < ($1.onTeam ? 0 : 1, $1.label) }
        return RecommendationChoices(
            findings: findings.map { .init(id: $0.id!, label: $0.statement) },
            organisations: organisations.map { .init(id: $0.id!, label: $0.name) },
            owners: owners)
    }
}
