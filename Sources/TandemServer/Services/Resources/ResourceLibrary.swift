import Fluent
import Foundation
import TandemCore
import Vapor

/// The library's work that spans records: saving a resource (its search text and the
/// topics cache follow), publishing it, receiving its files (streamed to disk, refused by
/// type or size with nothing left behind) and publishing an event's materials in one step.
enum ResourceLibrary {
    static func directory(_ app: Application) -> String { "\(app.config.dataDirectory)/resources" }

    static func path(_ app: Application, _ file: ResourceFile) -> String { "\(directory(app))/\(file.storedName)" }

    /// Saves a resource after any change: its search text is refreshed and the topics of
    /// the public filters are worked out again on the next look.
    static func save(_ resource: Resource, on db: any Database, app: Application) async throws {
        resource.refreshSearchText()
        resource.updatedAt = Date()
        try await resource.save(on: db)
        app.services.resourceTopics.invalidate(all)
    }

    /// Makes it public, with today as its published date the first time and a review date
    /// `ResourceRules.defaultReviewMonths` on unless one was set.
    static func publish(_ resource: Resource, now: Date = Date(), on db: any Database, app: Application) async throws {
        resource.status = .published
        if resource.publishedAt == nil { resource.publishedAt = now }
        if resource.reviewOn == nil {
            resource.reviewOn = Calendar(identifier: .gregorian).date(
                byAdding: .month, value: ResourceRules.defaultReviewMonths, to: CalendarDate.startOfDay(now))
        }
        try await save(resource, on: db, app: app)
    }

    /// The topics of the published resources, for the public filters (kept for a minute).
    static func topics(on db: any Database, app: Application) async throws -> [TopicCount] {
        try await app.services.resourceTopics.value(for: all) {
            try await ResourceSearch.topics(on: db).map { TopicCount(topic: $0.topic, count: $0.count) }
        }
    }

    static let all = "all"

    /// A file that arrived, not yet kept: where it waits, and what the form sent with it.
    struct Incoming: Sendable {
        let path: String
        let upload: ReceivedUpload?
        /// Why it cannot be kept (too large, not whole), in words for the form.
        let problem: String?
        /// The answer's status when there is a problem: 413 for a file over the limit, 400 otherwise.
        var problemStatus: HTTPResponseStatus = .badRequest

        var fields: [String: String] { upload?.fields ?? [:] }
        var fileName: String { ((upload?.fileName ?? "") as NSString).lastPathComponent }
        var hasFile: Bool { (upload?.bytes ?? 0) > 0 }

        func discard() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Receives an upload form's file as it streams. A file over the size limit stops the
    /// upload there and then; nothing of it is left on disk.
    static func receive(_ req: Request, field: String = "file") async throws -> Incoming {
        let folder = directory(req.application)
        let path = "\(folder)/incoming-\(UUID().lowercasedString)"
        do {
            let upload = try await UploadReceiver.receive(
                req, fileField: field, to: path, maxBytes: req.application.config.maxUploadBytes, fileIsOptional: true)
            return Incoming(path: path, upload: upload, problem: nil)
        } catch AppError.tooLarge(let message) {
            return Incoming(path: path, upload: nil, problem: message, problemStatus: .payloadTooLarge)
        } catch AppError.badRequest(let message) {
            return Incoming(path: path, upload: nil, problem: message)
        }
    }

    /// Keeps a received file as one of the resource's formats (a newer file of the same
    /// format and language replaces the older one).
    @discardableResult
    static func keep(
        _ incoming: Incoming, type: ResourceFileType, resourceID: UUID, format: ResourceFormat, language: String?,
        on db: any Database, app: Application
    ) async throws -> ResourceFile {
        let fileID = UUID()
        let storedName = "\(fileID.lowercasedString).\(type.fileExtension)"
        try FileManager.default.moveItem(atPath: incoming.path, toPath: "\(directory(app))/\(storedName)")
        let file = ResourceFile(
            resourceID: resourceID, format: format, language: format == .translation ? language : nil,
            fileName: ResourceFileType.downloadName(incoming.fileName), storedName: storedName, type: type,
            bytes: incoming.upload?.bytes ?? 0)
        file.id = fileID
        let replaced = try await ResourceFile.query(on: db).filter(\.$resource.$id == resourceID).filter(\.$format == format)
            .all().filter { format != .translation || $0.language?.lowercased() == language?.lowercased() }
        try await db.transaction { db in
            for old in replaced { try await old.delete(on: db) }
            try await file.create(on: db)
        }
        for old in replaced { try? FileManager.default.removeItem(atPath: path(app, old)) }
        return file
    }

    /// Takes a file off a resource, and off the disk.
    static func remove(_ file: ResourceFile, on db: any Database, app: Application) async throws {
        try await file.delete(on: db)
        try? FileManager.default.removeItem(atPath: path(app, file))
    }

    /// An event's slides, handout or recording, published to the library in one step: the
    /// resource takes the event's topics, says which event it came from, and is public at once
    /// (for anyone when the event was public, otherwise for the event's own audience).
    static func publishMaterials(
        of event: Event, title: String, kind: ResourceKind, incoming: Incoming, type: ResourceFileType, madeBy: String,
        by personID: UUID?, on db: any Database, app: Application
    ) async throws -> Resource {
        let resource = Resource(
            slug: try await freeSlug(for: title, on: db), title: title,
            summary: "\(kind.label) from \(event.title), \(UKTime.day(event.startsAt)).", kind: kind, madeBy: madeBy,
            createdByID: personID)
        resource.$event.id = try event.requireID()
        resource.topics = event.topics
        resource.audiences = audiences(for: event.audience)
        resource.permission = "Made for the event by its organisers"
        try await save(resource, on: db, app: app)
        try await keep(
            incoming, type: type, resourceID: try resource.requireID(), format: .standard, language: nil, on: db, app: app)
        try await publish(resource, on: db, app: app)
        return resource
    }

    /// The address for a new resource with this title: its words, numbered when they are taken.
    static func freeSlug(for title: String, on db: any Database) async throws -> String {
        let base = ResourceRules.slug(title)
        let taken = try await Resource.query(on: db).group(.or) {
            $0.filter(\.$slug == base).filter(\.$slug, .contains(inverse: false, .prefix), base + "-")
        }.all().map(\.slug)
        return ResourceRules.uniqueSlug(title, taken: Set(taken))
    }

    static func audiences(for audience: EventAudience) -> [ResourceAudience] {
        switch audience {
        case .public, .namedGroup: [.anyone]
        case .partners: [.partners]
        case .staff: [.staff]
        }
    }
}

/// A topic with how many published resources have it.
struct TopicCount: Sendable, Equatable {
    let topic: String
    let count: Int
}
