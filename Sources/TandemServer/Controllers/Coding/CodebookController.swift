import Fluent
import TandemCore
import Vapor

/// A project's codebook: the built-in themes and the team's own, which the
/// team can add to and reword, and how far its coders agree.
enum CodebookController {
    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        let model = try await pageModel(
            project, ref: ref, viewer: try req.requireUser().viewer, form: ThemeForm(), errors: FormErrors(),
            editing: nil, on: req.db)
        return CodebookPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response()
    }

    static func add(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let form = try req.content.decode(ThemeForm.self)
        switch form.validate(codebook: try await ProjectCodebook.themes(of: projectID, on: req.db), editing: nil) {
        case .failure(let errors):
            return try await renderInvalid(req, project: project, ref: ref, form: form, errors: errors, editing: nil)
        case .success(let valid):
            let theme = Theme(projectID: projectID, key: nil, name: valid.name, details: valid.details, parentID: valid.parentID)
            try await ProjectCodebook.save(theme, caches: req.application.services.codingCaches, on: req.db)
            try await req.flash("Theme \u{201C}\(valid.name)\u{201D} added to the codebook")
            return req.seeOther(SiteURL.project(.value(projectID), .codebook))
        }
    }

    /// Rewords a theme; its codings stay with it. Its place in the codebook is kept.
    static func update(req: Request) async throws -> Response {
        let (theme, project, ref) = try await req.owned(Theme.self, Permission.contributeEvidence)
        let form = try req.content.decode(ThemeForm.self)
        switch form.validate(
            codebook: try await ProjectCodebook.themes(of: try project.requireID(), on: req.db), editing: theme.id)
        {
        case .failure(let errors):
            return try await renderInvalid(req, project: project, ref: ref, form: form, errors: errors, editing: theme.id)
        case .success(let valid):
            theme.name = valid.name
            theme.details = valid.details
            try await ProjectCodebook.save(theme, caches: req.application.services.codingCaches, on: req.db)
            try await req.flash("Theme \u{201C}\(valid.name)\u{201D} saved")
            return req.seeOther(SiteURL.project(.value(try project.requireID()), .codebook))
        }
    }

    private static func renderInvalid(
        _ req: Request, project: Project, ref: ProjectRef, form: ThemeForm, errors: FormErrors,
        editing: UUID?
    ) async throws -> Response {
        let model = try await pageModel(
            project, ref: ref, viewer: try req.requireUser().viewer, form: form, errors: errors,
            editing: editing, on: req.db)
        return CodebookPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(.badRequest)
    }

    static func pageModel(
        _ project: Project, ref: ProjectRef, viewer: Viewer, form: ThemeForm, errors: FormErrors, editing: UUID?,
        on db: any Database
    ) async throws -> CodebookPage.Model {
        let projectID = try project.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: db)
        let counts = try await Coding.query(on: db).filter(\.$project.$id == projectID).filter(\.$coder.$id != nil)
            .filter(\.$setAside == false).field(\.$id).field(\.$item.$id).field(\.$theme.$id).all()
        var itemsByTheme: [UUID: Set<UUID>] = [:]
        for coding in counts { itemsByTheme[coding.$theme.id, default: []].insert(coding.$item.id) }
        let names = Dictionary(themes.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let agreement = try await CoderAgreement.rows(projectID: projectID, themes: themes, on: db)
        return CodebookPage.Model(
            header: try await ProjectController.header(project, on: db),
            themes: themes.map {
                .init(
                    id: $0.id!, name: $0.name, details: $0.details, builtIn: $0.key != nil,
                    parent: $0.$parent.id.flatMap { names[$0] }, items: itemsByTheme[$0.id!]?.count ?? 0)
            },
            agreementItems: agreement.items, agreement: agreement.rows,
            canEdit: AccessPolicy.allows(viewer, .contributeEvidence(ref)), form: form, errors: errors, editing: editing)
    }
}
