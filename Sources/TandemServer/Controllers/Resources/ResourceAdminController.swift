import Fluent
import TandemCore
import Vapor

/// Keeping the library (coordinators and admins): adding a resource and its details,
/// uploading its files in each format, publishing and withdrawing it, and seeing what is
/// used, what is not, and what is due for review.
enum ResourceAdminController {
    static let perPage = 25

    static func list(req: Request) async throws -> Response {
        try req.authorize(.manageResources)
        let search = try req.query.decode(ResourceAdminListPage.Search.self)
        let (pagination, rows) = try await ResourceSearch.search(
            search.filters, page: req.requestedPage, perPage: perPage, on: req.db)
        let overdue = try await Resource.query(on: req.db).filter(\.$status == .published)
            .filter(\.$reviewOn < CalendarDate.startOfDay(Date())).count()
        let model = ResourceAdminListPage.Model(
            search: search, rows: rows, pagination: pagination, overdueReviews: overdue, today: CalendarDate.startOfDay(Date()))
        return ResourceAdminListPage.render(model, context: try await PageContext.make(req, section: .resources)).response()
    }

    static func new(req: Request) async throws -> Response {
        try req.authorize(.manageResources)
        return try await renderForm(
            req, resource: nil, form: ResourceForm(madeBy: try await req.ownOrganisationName()), errors: FormErrors())
    }

    static func create(req: Request) async throws -> Response {
        try req.authorize(.manageResources)
        let form = try req.content.decode(ResourceForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await renderForm(req, resource: nil, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let resource = Resource(
                slug: try await ResourceLibrary.freeSlug(for: valid.title, on: req.db), title: valid.title,
                summary: valid.summary,
                kind: valid.kind, madeBy: valid.madeBy, createdByID: req.currentUser?.personID)
            valid.apply(to: resource)
            try await ResourceLibrary.save(resource, on: req.db, app: req.application)
            try await req.flash("Resource saved as a draft. Upload its file, then publish it.")
            return req.seeOther(SiteURL.resource(.value(try resource.requireID())))
        }
    }

    static func show(req: Request) async throws -> Response {
        try await render(req, try await find(req))
    }

    static func edit(req: Request) async throws -> Response {
        let resource = try await find(req)
        return try await renderForm(req, resource: resource, form: ResourceForm(resource), errors: FormErrors())
    }

    static func update(req: Request) async throws -> Response {
        let resource = try await find(req)
        let form = try req.content.decode(ResourceForm.self)
        switch form.validate() {
        case .failure(let errors):
            return try await renderForm(req, resource: resource, form: form, errors: errors, status: .badRequest)
        case .success(let valid):
            valid.apply(to: resource)
            try await ResourceLibrary.save(resource, on: req.db, app: req.application)
            try await req.flash("Details saved")
            return req.seeOther(SiteURL.resource(.value(try resource.requireID())))
        }
    }

    /// One of the resource's files: its main version or an alternative format, streamed to
    /// disk; an unknown type or a file over the size limit is refused with nothing kept.
    static func uploadFile(req: Request) async throws -> Response {
        let resource = try await find(req)
        let incoming = try await ResourceLibrary.receive(req)
        let form = ResourceFileForm(fields: incoming.fields)
        if let problem = incoming.problem {
            var errors = FormErrors()
            errors.add("file", problem)
            return try await render(req, resource, fileForm: form, errors: errors, status: incoming.problemStatus)
        }
        switch form.validate(fileName: incoming.fileName, hasFile: incoming.hasFile) {
        case .failure(let errors):
            incoming.discard()
            return try await render(req, resource, fileForm: form, errors: errors, status: .badRequest)
        case .success(let valid):
            let file = try await ResourceLibrary.keep(
                incoming, type: valid.type, resourceID: try resource.requireID(), format: valid.format, language: valid.language,
                on: req.db, app: req.application)
            resource.updatedAt = Date()
            try await resource.save(on: req.db)
            try await req.flash("\(file.formatLabel) file uploaded (\(file.typeLabel), \(ResourceRules.size(file.bytes)))")
            return req.seeOther(SiteURL.resource(.value(try resource.requireID())))
        }
    }

    /// Takes a file off, after the coordinator confirms.
    static func removeFile(req: Request) async throws -> Response {
        let resource = try await find(req)
        guard
            let file = try await ResourceFile.query(on: req.db).filter(\.$id == (try req.id(.resourceFile)))
                .filter(\.$resource.$id == resource.requireID()).first()
        else { throw AppError.notFound }
        guard (try? req.content.get(String.self, at: "confirm")) == "yes" else {
            return try await render(req, resource, confirmingRemoval: file.savedID)
        }
        try await ResourceLibrary.remove(file, on: req.db, app: req.application)
        try await req.flash("\(file.formatLabel) file removed")
        return req.seeOther(SiteURL.resource(.value(try resource.requireID())))
    }

    /// Publish (when it has a file or link and permission to share), withdraw, or back to draft.
    static func changeStatus(req: Request) async throws -> Response {
        let resource = try await find(req)
        guard let target = (try? req.content.get(String.self, at: "status")).flatMap(ResourceStatus.init(rawValue:)) else {
            throw AppError.badRequest("Choose what happens to the resource")
        }
        if target == .published {
            let files = try await ResourceFile.query(on: req.db).filter(\.$resource.$id == resource.requireID()).count()
            let problems = ResourceRules.publishingProblems(
                hasFile: files > 0, hasLink: resource.externalURL != nil, hasPermission: resource.permission != nil)
            guard problems.isEmpty else {
                var errors = FormErrors()
                for problem in problems { errors.add("status", problem) }
                return try await render(req, resource, errors: errors, status: .badRequest)
            }
            try await ResourceLibrary.publish(resource, on: req.db, app: req.application)
        } else {
            resource.status = target
            try await ResourceLibrary.save(resource, on: req.db, app: req.application)
        }
        let said: String =
            switch target {
            case .published: "Published. Anyone can now find it in the library."
            case .withdrawn: "Withdrawn. It is no longer in the public library."
            case .draft: "Back to draft."
            }
        try await req.flash(said)
        return req.seeOther(SiteURL.resource(.value(try resource.requireID())))
    }

    /// The most and the least downloaded published resources over the last twelve months.
    static func usage(req: Request) async throws -> Response {
        try req.authorize(.manageResources)
        let since = Calendar(identifier: .gregorian).date(byAdding: .month, value: -11, to: Date()) ?? Date()
        let month = ResourceRules.month(of: since)
        let model = ResourceUsagePage.Model(
            since: month,
            most: try await ResourceDownloadCounts.usage(since: month, mostUsedFirst: true, limit: 10, on: req.db),
            least: try await ResourceDownloadCounts.usage(since: month, mostUsedFirst: false, limit: 10, on: req.db))
        return ResourceUsagePage.render(model, context: try await PageContext.make(req, section: .resources)).response()
    }

    /// The resource in the path, for someone who keeps the library (403 otherwise, then 404).
    private static func find(_ req: Request) async throws -> Resource {
        try req.authorize(.manageResources)
        guard let resource = try await Resource.find(try req.id(.resource), on: req.db) else { throw AppError.notFound }
        return resource
    }

    private static func renderForm(
        _ req: Request, resource: Resource?, form: ResourceForm, errors: FormErrors, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let model = ResourceFormPage.Model(
            id: resource?.id, title: resource?.title, form: form, errors: errors)
        return ResourceFormPage.render(model, context: try await PageContext.withForm(req, section: .resources)).response(status)
    }

    private static func render(
        _ req: Request, _ resource: Resource, fileForm: ResourceFileForm = ResourceFileForm(), errors: FormErrors = FormErrors(),
        confirmingRemoval: UUID? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let resourceID = try resource.requireID()
        let files = try await ResourceFile.query(on: req.db).filter(\.$resource.$id == resourceID).sort(\.$createdAt).all()
        let months = try await ResourceDownloads.query(on: req.db).filter(\.$resource.$id == resourceID)
            .sort(\.$month, .descending).limit(12).all()
        let feedback = ResourceFeedback.query(on: req.db).filter(\.$resource.$id == resourceID)
        let usefulYes = try await feedback.copy().filter(\.$useful == true).count()
        let usefulNo = try await feedback.copy().filter(\.$useful == false).count()
        let comments = try await feedback.filter(\.$comment != nil).sort(\.$createdAt, .descending).limit(20).all()
        let event = try await resource.$event.get(on: req.db)
        let model = ResourceAdminPage.Model(
            id: resourceID, slug: resource.slug, title: resource.title, summary: resource.summary, kind: resource.kind,
            status: resource.status, topics: resource.topics, audiences: resource.audiences, link: resource.externalURL,
            licence: resource.licence, madeBy: resource.madeBy, permission: resource.permission,
            publishedAt: resource.publishedAt, reviewOn: resource.reviewOn,
            reviewOverdue: ResourceRules.reviewOverdue(
                reviewOn: resource.reviewOn, status: resource.status, today: CalendarDate.startOfDay(Date())),
            event: event.map { (id: $0.savedID, title: $0.title) },
            files: files.map { file in
                .init(
                    id: file.savedID, format: file.formatLabel, type: file.typeLabel, size: ResourceRules.size(file.bytes),
                    fileName: file.fileName)
            },
            downloadsByMonth: months.map { ($0.month, $0.downloads) },
            usefulYes: usefulYes, usefulNo: usefulNo,
            comments: comments.compactMap { item in item.comment.map { (item.useful, $0, item.createdAt) } },
            fileForm: fileForm, errors: errors, confirmingRemoval: confirmingRemoval,
            maxUploadMB: req.application.config.maxUploadBytes >> 20)
        return ResourceAdminPage.render(model, context: try await PageContext.withForm(req, section: .resources))
            .response(status)
    }
}
