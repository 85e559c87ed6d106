import Fluent
import TandemCore
import Vapor

/// The evidence libraries (a project's, an organisation's) and single feedback items.
enum EvidenceController {
    struct FilterInput: Content {
        var q: String?
        var method: String?
        var source: String?
        var from: String?
        var to: String?
        var theme: String?
        var sentiment: String?
        var coded: String?
        var rating: String?
        var service: String?
        /// Read as text and clamped (`Pagination.requestedPage`): a number here never reaches arithmetic unchecked.
        var page: String?
        var pageNumber: Int? { Pagination.requestedPage(page) }
    }

    static func projectLibrary(req: Request) async throws -> Response {
        let input = try req.query.decode(FilterInput.self)
        var errors = FormErrors()
        let filters = Self.filters(input, errors: &errors)
        let viewer = try req.requireUser().viewer, filterErrors = errors
        // One connection for the page's statements (see `Request.project(_:id:on:)`).
        let model = try await req.db.withConnection { db in
            let (project, ref) = try await req.project(Permission.viewProject, on: db)
            return try await projectLibraryModel(
                project, ref: ref, input: input, filters: filters, errors: filterErrors, viewer: viewer, on: db)
        }
        return EvidenceLibraryPage.render(model, context: try await PageContext.make(req, section: .projects)).response(
            errors.isEmpty ? .ok : .badRequest)
    }

    static func projectLibraryModel(
        _ project: Project, ref: ProjectRef, input: FilterInput, filters: EvidenceLibrary.Filters,
        errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> EvidenceLibraryPage.Model {
        let result = try await EvidenceLibrary.page(
            .project(ref.id), filters: filters, readable: .of(viewer, in: ref),
            page: input.pageNumber, on: db)
        return EvidenceLibraryPage.Model(
            owner: .project(try await ProjectController.header(project, on: db)),
            rows: result.items.map {
                row($0, text: viewer.reader.text($0.text, redacted: $0.redactedText, scope: $0.consentScope, ref), project: nil)
            },
            input: input, isFiltered: filters.isFiltered, pagination: result.pagination, capped: result.capped,
            counts: try await EvidenceStore.counts(for: ref.id, on: db),
            canImport: viewer.can(.contributeEvidence(ref)), errors: errors,
            // Read as they are: a library page never writes the default codebook (`ProjectCodebook.themes` would).
            themes: try await Theme.query(on: db).filter(\.$project.$id == ref.id).sort(\.$name).all().map {
                .init(value: $0.savedID.lowercasedString, label: $0.name)
            })
    }

    static func organisationLibrary(req: Request) async throws -> Response {
        let organisation = try await req.organisation(Permission.viewOrganisationEvidence)
        let input = try req.query.decode(FilterInput.self)
        var errors = FormErrors()
        let filters = Self.filters(input, errors: &errors)
        let model = try await organisationLibraryModel(
            organisation, input: input, filters: filters, errors: errors,
            viewer: try req.requireUser().viewer, on: req.db)
        return EvidenceLibraryPage.render(model, context: try await PageContext.make(req, section: .organisations)).response(
            errors.isEmpty ? .ok : .badRequest)
    }

    static func organisationLibraryModel(
        _ organisation: Organisation, input: FilterInput, filters: EvidenceLibrary.Filters,
        errors: FormErrors, viewer: Viewer, on db: any Database
    ) async throws -> EvidenceLibraryPage.Model {
        let organisationID = try organisation.requireID()
        // Searched as someone beyond each project's team reads it: items of teams the
        // viewer is on may read as given but are searched redacted, never the other way.
        let beyondTeams = ProjectRef(id: UUID(), organisationID: organisationID, team: [])
        let result = try await EvidenceLibrary.page(
            .organisation(organisationID), filters: filters, readable: .of(viewer, in: beyondTeams),
            page: input.pageNumber, on: db)
        let projects = try await Project.query(on: db).filter(\.$id ~~ Set(result.items.map(\.projectID))).all()
        let titles = Dictionary(uniqueKeysWithValues: projects.map { ($0.id!, $0.title) })
        let refs = try await viewerRefs(viewer, projects: projects, on: db)
        return EvidenceLibraryPage.Model(
            owner: .organisation(id: organisationID, name: organisation.name),
            rows: result.items.map { item in
                // A project missing from `refs` was removed meanwhile: read as anyone beyond its team.
                let ref = refs[item.projectID] ?? ProjectRef(id: item.projectID, organisationID: UUID(), team: [])
                let text = viewer.reader.text(item.text, redacted: item.redactedText, scope: item.consentScope, ref)
                return row(item, text: text, project: titles[item.projectID].map { (item.projectID, $0) })
            },
            input: input, isFiltered: filters.isFiltered, pagination: result.pagination, capped: result.capped, counts: nil,
            canImport: false, errors: errors)
    }

    static func item(req: Request) async throws -> Response {
        let (item, project, ref) = try await req.owned(FeedbackItem.self, Permission.viewProject)
        let model = try await itemModel(item, project: project, ref: ref, viewer: try req.requireUser().viewer, on: req.db)
        return FeedbackItemPage.render(model, context: try await PageContext.make(req, section: .projects)).response()
    }

    static func itemModel(
        _ item: FeedbackItem, project: Project, ref: ProjectRef, viewer: Viewer, on db: any Database
    ) async throws -> FeedbackItemPage.Model {
        let textView = viewer.reader.view(ref, item.consentScope)
        // Names follow the consent scope; a partner on the team sees who gave it.
        let asGiven = textView != .redacted
        let source = try await FeedbackSource.describe(item, on: db)
        let contributor = asGiven ? try await Person.displayName(of: item.$contributor.id, on: db) : nil
        let addedBy = try await Person.displayName(of: item.$addedBy.id, on: db)
        return FeedbackItemPage.Model(
            header: try await ProjectController.header(project, on: db), itemID: try item.requireID(),
            text: viewer.reader.text(item, ref), textView: textView,
            method: item.method, source: source, occurredOn: item.occurredOn, service: item.service, rating: item.rating,
            question: item.question, scope: item.consentScope, contributor: contributor, addedBy: addedBy,
            addedAt: item.createdAt,
            outcome: try await ItemOutcome.load(item, on: db), canCode: viewer.can(.contributeEvidence(ref)))
    }

    static func filters(_ input: FilterInput, errors: inout FormErrors) -> EvidenceLibrary.Filters {
        var filters = EvidenceLibrary.Filters()
        filters.search = input.q?.trimmed ?? ""
        filters.method = input.method.nonBlank.flatMap(EvidenceMethod.init(rawValue:))
        filters.source = input.source.nonBlank.flatMap { raw in EvidenceLibrary.sources.contains { $0.kind == raw } ? raw : nil }
        func date(_ raw: String?, _ field: String, _ name: String) -> Date? {
            guard let raw = raw.nonBlank else { return nil }
            guard let date = FlexibleDate.parse(raw) else {
                errors.add(field, "\(name) must be a date, like 21/11/2026"); return nil
            }
            return date
        }
        // The messages name the fields as the page labels them.
        if let raw = input.theme.nonBlank {
            if let id = UUID(uuidString: raw) {
                filters.themeID = id
            } else {
                errors.add("theme", "Select a theme from the list")
            }
        }
        if let raw = input.sentiment.nonBlank {
            filters.sentiment = errors.check(
                FieldRules.choice(raw, as: SentimentClass.self, missing: "Select how people felt from the list"), "sentiment")
        }
        switch input.coded.nonBlank {
        case nil: break
        case "yes": filters.coded = true
        case "no": filters.coded = false
        default: errors.add("coded", "Select coded or not coded")
        }
        if let raw = input.rating.nonBlank {
            if let rating = Int(raw), (1...5).contains(rating) {
                filters.rating = rating
            } else {
                errors.add("rating", "Select a rating from 1 to 5")
            }
        }
        filters.service = input.service.nonBlank
        filters.from = date(input.from, "from", "Given on or after")
        filters.to = date(input.to, "to", "Given on or before")
        if let from = filters.from, let to = filters.to, to < from {
            errors.add("to", "Given on or before must be the same as or after the date in Given on or after")
        }
        return filters
    }

    private static func row(_ item: EvidenceLibrary.Listed, text: String, project: (UUID, String)?) -> EvidenceLibraryPage.Row {
        .init(
            id: item.id, text: text, method: item.method, occurredOn: item.occurredOn ?? item.createdAt, service: item.service,
            rating: item.rating, project: project)
    }

    /// The viewer's place on each project, so each item shows as the viewer may read it:
    /// each reference is built from the item's own project (its organisation), never from the library's.
    private static func viewerRefs(_ viewer: Viewer, projects: [Project], on db: any Database) async throws -> [UUID: ProjectRef]
    {
        let personID = viewer.personID
        guard !projects.isEmpty else { return [:] }
        let onTeam = Set(
            try await ProjectMember.query(on: db).filter(\.$person.$id == personID)
                .filter(\.$project.$id ~~ Set(projects.compactMap(\.id))).all(\.$project.$id))
        return Dictionary(
            uniqueKeysWithValues: projects.map { project in
                (
                    project.id!,
                    ProjectRef(
                        id: project.id!, organisationID: project.$organisation.id,
                        team: onTeam.contains(project.id!) ? [personID] : [])
                )
            })
    }
}

/// Where a feedback item came from, as a link back to it.
enum FeedbackSource {
    static func describe(_ item: FeedbackItem, on db: any Database) async throws -> (label: String, href: String?) {
        guard let id = item.sourceID else { return (item.method.label, nil) }
        switch item.sourceKind {
        case "survey":
            guard let response = try await SurveyResponse.find(id, on: db),
                let survey = try await Survey.find(response.$survey.id, on: db)
            else { return ("A survey response", nil) }
            return ("Answer to the survey \"\(survey.title)\"", SiteURL.survey(.value(try survey.requireID())).path)
        case "activity":
            guard let activity = try await Activity.find(id, on: db) else { return (item.method.label, nil) }
            return ("\(activity.kind.label): \(activity.title)", SiteURL.activity(.value(id)).path)
        case "story":
            guard let story = try await Story.find(id, on: db) else { return ("A story", nil) }
            return ("Clip of the story \"\(story.title)\"", SiteURL.story(.value(id)).path)
        case "import":
            guard let job = try await ImportJob.find(id, on: db) else { return ("Imported from a file", nil) }
            return ("Imported from \(job.fileName)", job.storedName.isEmpty ? nil : SiteURL.importJob(.value(id)).path)
        default:
            return (item.method.label, nil)
        }
    }
}
