import Fluent
import TandemCore
import Vapor

/// The public "You said, we did" pages: published recommendations, what
/// changed and when, and the quotes behind them. No sign-in, and no personal
/// data: quotes come only from comments whose givers agreed to publication,
/// in their redacted form; the team's own words are redacted too; nobody is named.
enum YouSaidWeDidController {
    static func organisation(req: Request) async throws -> Response {
        guard let organisation = try await Organisation.find(try req.id(.organisation), on: req.db), !organisation.isArchived
        else { throw AppError.notFound }
        let model = try await organisationModel(organisation, on: req.db)
        return YouSaidWeDidPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func organisationModel(_ organisation: Organisation, on db: any Database) async throws -> YouSaidWeDidPage.Model {
        let projects = try await Project.query(on: db).filter(\.$organisation.$id == organisation.requireID()).all()
        let recommendations = try await Recommendation.query(on: db).filter(\.$isPublished == true)
            .group(.or) { group in
                group.filter(\.$organisation.$id == organisation.id!)
                if !projects.isEmpty { group.filter(\.$project.$id ~~ projects.compactMap(\.id)) }
            }
            .sort(\.$updatedAt, .descending).all().sortedForThePublic()
        let titles = try await projectTitles(for: recommendations, on: db)
        return YouSaidWeDidPage.Model(
            title: organisation.name, intro: "What people told \(organisation.name), and what has changed because of it.",
            changes: try await changes(recommendations, titles: titles, on: db))
    }

    static func project(req: Request) async throws -> Response {
        guard
            let project = try await Project.query(on: req.db).filter(\.$id == (try req.id(.project))).with(\.$organisation)
                .first()
        else { throw AppError.notFound }
        // A project with nothing published has no public page.
        guard let model = try await projectModel(project, on: req.db) else { throw AppError.notFound }
        return YouSaidWeDidPage.render(model, context: try await PageContext.make(req)).response()
    }

    /// The project's public page, or nil when it has published nothing.
    static func projectModel(_ project: Project, on db: any Database) async throws -> YouSaidWeDidPage.Model? {
        let recommendations = try await Recommendation.query(on: db).filter(\.$project.$id == project.requireID())
            .filter(\.$isPublished == true).sort(\.$updatedAt, .descending).all().sortedForThePublic()
        guard !recommendations.isEmpty else { return nil }
        return YouSaidWeDidPage.Model(
            title: project.title,
            intro: "A project with \(project.organisation.name): what people told us, and what has changed because of it.",
            changes: try await changes(recommendations, titles: [:], on: db),
            organisationLink: (project.organisation.name, SiteURL.youSaidWeDid(.value(try project.organisation.requireID())).path)
        )
    }

    /// Every organisation and project with published changes, or the changes matching a search.
    static func index(req: Request) async throws -> Response {
        let search = (try? req.query.get(String.self, at: "q"))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let model = try await indexModel(search: String(search.prefix(200)), on: req.db)
        return YouSaidWeDidIndexPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func indexModel(search: String, on db: any Database) async throws -> YouSaidWeDidIndexPage.Model {
        let published = try await Recommendation.query(on: db).filter(\.$isPublished == true).all()
        let projects = try await Project.query(on: db).filter(\.$id ~~ Set(published.map(\.$project.id))).with(\.$organisation)
            .all()
        let redactor = Redactor()
        var byProject: [UUID: [Recommendation]] = Dictionary(grouping: published, by: \.$project.id)
        var matches: [YouSaidWeDidIndexPage.Match] = []
        if !search.isEmpty {
            let words = search.lowercased()
            let titles = Dictionary(projects.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
            matches = published.sortedForThePublic().compactMap { recommendation in
                let text = redactor.redact(recommendation.text).redacted
                guard text.lowercased().contains(words) else { return nil }
                return .init(
                    text: text, status: recommendation.status, project: titles[recommendation.$project.id] ?? "",
                    href: SiteURL.youSaidWeDidProject(.value(recommendation.$project.id)).path)
            }
            byProject = [:]
        }
        let organisations = Dictionary(grouping: projects.filter { !$0.organisation.isArchived }, by: \.$organisation.id)
            .map { _, projects -> YouSaidWeDidIndexPage.Organisation in
                let organisation = projects[0].organisation
                let rows = projects.map { project -> YouSaidWeDidIndexPage.ProjectRow in
                    let changes = byProject[project.id!] ?? []
                    return .init(
                        title: project.title, href: SiteURL.youSaidWeDidProject(.value(project.id!)).path,
                        done: changes.filter(\.status.isDone).count, published: changes.count)
                }.sorted { ($1.done, $0.title) < ($0.done, $1.title) }
                return .init(
                    name: organisation.name, href: SiteURL.youSaidWeDid(.value(organisation.id!)).path, projects: rows)
            }.sorted { $0.name < $1.name }
        return .init(search: search, organisations: search.isEmpty ? organisations : [], matches: matches)
    }

    private static func projectTitles(for recommendations: [Recommendation], on db: any Database) async throws -> [UUID: String] {
        let projects = try await Project.query(on: db).filter(\.$id ~~ Set(recommendations.map(\.$project.id))).all()
        return Dictionary(projects.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// Each recommendation with its public history and quotes, every text redacted.
    static func changes(
        _ recommendations: [Recommendation], titles: [UUID: String], on db: any Database
    ) async throws -> [YouSaidWeDidPage.Change] {
        let ids = recommendations.compactMap(\.id)
        let findingLinks = try await RecommendationFinding.query(on: db).filter(\.$recommendation.$id ~~ ids).all()
        let evidence = try await FindingEvidence.query(on: db).filter(\.$finding.$id ~~ findingLinks.map(\.$finding.id))
            .filter(\.$isQuote == true).with(\.$item).all()
        let quotesByFinding = Dictionary(grouping: evidence.filter { $0.item.mayBeQuoted }, by: \.$finding.id)
        let findingsByRecommendation = Dictionary(grouping: findingLinks, by: \.$recommendation.id)
        let updates = try await RecommendationUpdate.query(on: db).filter(\.$recommendation.$id ~~ ids)
            .sort(\.$writtenOn, .descending).sort(\.$createdAt, .descending).all()
        let updatesByRecommendation = Dictionary(grouping: updates, by: \.$recommendation.id)
        let redactor = Redactor()
        func clean(_ text: String) -> String { redactor.redact(text).redacted }
        // A quote is shown once on a page, under the first change it supports (changes made come first),
        // so several changes resting on one finding do not repeat the same words.
        var shown = Set<UUID>()
        return recommendations.map { recommendation in
            let id = recommendation.id!
            var quotes: [String] = []
            for link in (findingsByRecommendation[id] ?? []).flatMap({ quotesByFinding[$0.$finding.id] ?? [] })
            where quotes.count < 5 && shown.insert(link.$item.id).inserted {
                quotes.append(link.item.redactedText)
            }
            return YouSaidWeDidPage.Change(
                text: clean(recommendation.text), status: recommendation.status, project: titles[recommendation.$project.id],
                declineReason: recommendation.declineReason.map(clean), implementedOn: recommendation.implementedOn,
                history: (updatesByRecommendation[id] ?? []).map { (date: $0.writtenOn, text: clean($0.text)) },
                quotes: quotes)
        }
    }
}

extension Array where Element == Recommendation {
    /// Changes made first, declined last (`RecommendationStatus.publicOrder`), newest first within each.
    func sortedForThePublic() -> [Recommendation] {
        enumerated().sorted { ($0.element.status.publicOrder, $0.offset) < ($1.element.status.publicOrder, $1.offset) }
            .map(\.element)
    }
}
