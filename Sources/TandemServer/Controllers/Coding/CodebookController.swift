import Fluent
import TandemCore
import Vapor

/// A project's codebook: the built-in themes and the team's own, which the
/// team can add to and reword, and how far its coders agree.
enum CodebookController {
    struct ThemeInput: Content {
        var name: String?
        var details: String?
        var parent: String?
    }

    static func show(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.viewProject)
        return try await render(req, project: project, ref: ref, input: ThemeInput(), errors: FormErrors())
    }

    static func add(req: Request) async throws -> Response {
        let (project, ref) = try await req.project(Permission.contributeEvidence)
        let projectID = try project.requireID()
        let input = try req.content.decode(ThemeInput.self)
        let themes = try await ProjectCodebook.themes(of: projectID, on: req.db)
        let errors = check(input, themes: themes, editing: nil)
        guard errors.isEmpty, let name = input.name.nonBlank else {
            return try await render(req, project: project, ref: ref, input: input, errors: errors, status: .badRequest)
        }
        let parent = input.parent.flatMap(UUID.init(uuidString:)).flatMap { id in themes.first { $0.id == id }?.id }
        let theme = Theme(projectID: projectID, key: nil, name: name, details: input.details?.trimmed ?? "", parentID: parent)
        try await ProjectCodebook.save(theme, caches: req.application.services.codingCaches, on: req.db)
        try await req.flash("Theme \u{201C}\(name)\u{201D} added to the codebook")
        return req.seeOther(SiteURL.project(.value(projectID), .codebook))
    }

    /// Rewords a theme; its codings stay with it.
    static func update(req: Request) async throws -> Response {
        let (theme, project, ref) = try await req.owned(Theme.self, Permission.contributeEvidence)
        let input = try req.content.decode(ThemeInput.self)
        let themes = try await ProjectCodebook.themes(of: try project.requireID(), on: req.db)
        let errors = check(input, themes: themes, editing: theme.id)
        guard errors.isEmpty, let name = input.name.nonBlank else {
            return try await render(req, project: project, ref: ref, input: input, errors: errors, status: .badRequest, editing: theme.id)
        }
        theme.name = name
        theme.details = input.details?.trimmed ?? ""
        try await ProjectCodebook.save(theme, caches: req.application.services.codingCaches, on: req.db)
        try await req.flash("Theme \u{201C}\(name)\u{201D} saved")
        return req.seeOther(SiteURL.project(.value(try project.requireID()), .codebook))
    }

    static func check(_ input: ThemeInput, themes: [Theme], editing: UUID?) -> FormErrors {
        var errors = FormErrors()
        guard let name = input.name.nonBlank else {
            errors.add("name", "Enter the theme's name")
            return errors
        }
        if name.count > 100 { errors.add("name", "A theme's name must be 100 characters or fewer") }
        if themes.contains(where: { $0.id != editing && $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            errors.add("name", "The codebook already has a theme called \u{201C}\(name)\u{201D}")
        }
        if (input.details ?? "").count > 500 { errors.add("details", "The description must be 500 characters or fewer") }
        return errors
    }

    private static func render(_ req: Request, project: Project, ref: ProjectRef, input: ThemeInput, errors: FormErrors,
                               status: HTTPResponseStatus = .ok, editing: UUID? = nil) async throws -> Response {
        let projectID = try project.requireID()
        let themes = try await ProjectCodebook.themes(of: projectID, on: req.db)
        let counts = try await Coding.query(on: req.db).filter(\.$project.$id == projectID).filter(\.$coder.$id != nil)
            .field(\.$id).field(\.$item.$id).field(\.$theme.$id).all()
        var itemsByTheme: [UUID: Set<UUID>] = [:]
        for coding in counts { itemsByTheme[coding.$theme.id, default: []].insert(coding.$item.id) }
        let names = Dictionary(themes.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let agreement = try await CoderAgreement.rows(projectID: projectID, themes: themes, on: req.db)
        let model = CodebookPage.Model(
            header: try await ProjectController.header(project, on: req.db),
            themes: themes.map { .init(id: $0.id!, name: $0.name, details: $0.details, builtIn: $0.key != nil,
                                       parent: $0.$parent.id.flatMap { names[$0] }, items: itemsByTheme[$0.id!]?.count ?? 0) },
            agreementItems: agreement.items, agreement: agreement.rows,
            canEdit: req.can(.contributeEvidence(ref)), input: input, errors: errors, editing: editing)
        return CodebookPage.render(model, context: try await PageContext.withForm(req, section: .projects)).response(status)
    }
}
