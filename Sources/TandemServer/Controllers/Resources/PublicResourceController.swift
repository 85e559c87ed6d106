import Fluent
import TandemCore
import Vapor

/// The free public library: search and filters, a resource's page with its formats, its
/// files as downloads (counted by month), and "Was this useful?". No sign-in needed; only
/// published resources are shown.
enum PublicResourceController {
    static let perPage = 20

    static func library(req: Request) async throws -> Response {
        let search = try req.query.decode(ResourceLibraryPage.Search.self)
        let model = try await libraryModel(search, page: req.requestedPage, on: req.db, app: req.application)
        return ResourceLibraryPage.render(model, context: try await PageContext.make(req)).response()
    }

    static func libraryModel(
        _ search: ResourceLibraryPage.Search, page: Int?, on db: any Database, app: Application
    ) async throws -> ResourceLibraryPage.Model {
        let (pagination, rows) = try await ResourceSearch.search(search.filters, page: page, perPage: perPage, on: db)
        return ResourceLibraryPage.Model(
            search: search, topics: try await ResourceLibrary.topics(on: db, app: app), rows: rows, pagination: pagination)
    }

    static func show(req: Request) async throws -> Response {
        let resource = try await findPublished(req)
        return try await render(req, resource)
    }

    /// A file of the resource, always as a download with its own type (never shown in the
    /// browser as a page), with range requests for long recordings. A download is counted
    /// once: a request for a later part of the file is the same download continuing.
    static func download(req: Request) async throws -> Response {
        let resource = try await findPublished(req)
        guard
            let file = try await ResourceFile.query(on: req.db).filter(\.$id == (try req.id(.resourceFile)))
                .filter(\.$resource.$id == resource.requireID()).first()
        else { throw AppError.notFound }
        let path = ResourceLibrary.path(req.application, file)
        guard FileManager.default.fileExists(atPath: path) else { throw AppError.notFound }
        let range = req.headers.first(name: .range)
        // A browser asking only about the file (HEAD), or for a later part of it, is not another download.
        if req.method == .GET && (range == nil || range?.hasPrefix("bytes=0-") == true) {
            try await ResourceDownloadCounts.count(try resource.requireID(), at: Date(), on: req.db)
        }
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: HTTPMediaType(mimeType: file.mediaType))
        response.headers.contentDisposition = .init(.attachment, filename: file.fileName)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }

    /// "Was this useful?": counted, with the optional comment; nothing about who answered is
    /// kept, and names and contact details typed into the comment are taken out before it is.
    static func useful(req: Request) async throws -> Response {
        let resource = try await findPublished(req)
        let answer = try? req.content.get(String.self, at: "useful")
        let comment = (try? req.content.get(String.self, at: "comment")).nonBlank
        var errors = FormErrors()
        if answer != "yes" && answer != "no" { errors.add("useful", "Choose yes or no") }
        if let problem = TextLimit.check(comment, maximum: 1_000, name: "Your comment") { errors.add("comment", problem.message) }
        guard errors.isEmpty else {
            return try await render(req, resource, errors: errors, typed: (answer, comment), status: .badRequest)
        }
        try await ResourceFeedback(
            resourceID: try resource.requireID(), useful: answer == "yes", comment: comment.map { Redactor().redact($0).redacted }
        ).create(on: req.db)
        try await req.flash("Thank you. Your answer helps us keep the library useful.")
        return req.seeOther(SiteURL.publicResource(.value(resource.slug)))
    }

    /// The published resource at the slug in the path; 404 for anything else.
    private static func findPublished(_ req: Request) async throws -> Resource {
        let slug = try req.text(.slug)
        guard ResourceRules.isSlug(slug),
            let resource = try await Resource.query(on: req.db).filter(\.$slug == slug).filter(\.$status == .published).first()
        else { throw AppError.notFound }
        return resource
    }

    private static func render(
        _ req: Request, _ resource: Resource, errors: FormErrors = FormErrors(), typed: (String?, String?) = (nil, nil),
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = try await pageModel(resource, on: req.db)
        return ResourcePage.render(
            model, errors: errors, typed: typed, context: try await PageContext.withForm(req)
        ).response(status)
    }

    static func pageModel(_ resource: Resource, on db: any Database) async throws -> ResourcePage.Model {
        let files = try await ResourceFile.query(on: db).filter(\.$resource.$id == resource.requireID()).all()
            .sorted { ($0.format == .standard ? 0 : 1, $0.formatLabel) < ($1.format == .standard ? 0 : 1, $1.formatLabel) }
        var event: ResourcePage.EventLink?
        if let eventID = resource.$event.id, let found = try await Event.find(eventID, on: db),
            found.audience == .public, found.status != .draft
        {
            event = .init(id: eventID, title: found.title, when: UKTime.day(found.startsAt))
        }
        return ResourcePage.Model(
            slug: resource.slug, title: resource.title, summary: resource.summary, kind: resource.kind, topics: resource.topics,
            audiences: resource.audiences, link: resource.externalURL, licence: resource.licence, madeBy: resource.madeBy,
            permission: resource.permission, publishedAt: resource.publishedAt,
            files: files.map { file in
                .init(
                    id: file.savedID, format: file.formatLabel, type: file.typeLabel, size: ResourceRules.size(file.bytes),
                    fileName: file.fileName)
            },
            event: event)
    }
}
