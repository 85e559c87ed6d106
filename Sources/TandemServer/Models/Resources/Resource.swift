import Fluent
import Foundation
import TandemCore

/// A guide, template, set of slides, recording or link in the free public library.
/// Only published resources are public; each has its own address (`slug`). The text the
/// library searches is kept beside it (`searchText`: title, summary, kind and topics), and
/// each database indexes that column its own way (`ResourceSearch`).
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Resource: Model, @unchecked Sendable {
    static let schema = "resources"

    // identity
    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String

    // references
    /// The event it came from (its slides, its recording), if any.
    @OptionalParent(key: "event_id") var event: Event?
    @OptionalParent(key: "created_by_id") var createdBy: Person?

    // data
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "kind") var kind: ResourceKind
    @Field(key: "topics") var topics: [String]
    @Field(key: "audiences") var audiences: [ResourceAudience]
    @Field(key: "status") var status: ResourceStatus
    /// Where it lives when it is a link rather than a file kept here.
    @OptionalField(key: "external_url") var externalURL: String?
    @Field(key: "licence") var licence: ResourceLicence
    /// The organisation that made it, as it should be credited.
    @Field(key: "made_by") var madeBy: String
    /// Whose permission there is to share it, in words ("Made by us", "Shared with NAPP's permission, May 2026").
    @OptionalField(key: "permission") var permission: String?
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "review_on") var reviewOn: Date?
    @Field(key: "search_text") var searchText: String
    /// The topics as made-up words for SQLite's index (`ResourceSearch.topicWords`).
    @Field(key: "search_topics") var searchTopics: String
    @Field(key: "is_demo") var isDemo: Bool

    // timestamps
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(
        slug: String, title: String, summary: String, kind: ResourceKind, madeBy: String, createdByID: UUID?, isDemo: Bool = false
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.kind = kind
        self.topics = []
        self.audiences = [.anyone]
        self.status = .draft
        self.licence = .standard
        self.madeBy = madeBy
        self.$createdBy.id = createdByID
        self.searchText = ""
        self.searchTopics = ""
        self.isDemo = isDemo
        self.createdAt = Date()
        self.updatedAt = Date()
        refreshSearchText()
    }

    /// Every write of the title, summary, kind or topics calls this, so the index never lags the page.
    func refreshSearchText() {
        searchText = ([title, summary, kind.label] + topics).joined(separator: "\n")
        searchTopics = ResourceSearch.topicWords(topics)
    }
}

/// One file of a resource: its main version or an alternative format (easy read, large
/// print, a translation), kept under the data folder by the name Tandem gave it.
final class ResourceFile: Model, @unchecked Sendable {
    static let schema = "resource_files"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "resource_id") var resource: Resource

    // data
    @Field(key: "format") var format: ResourceFormat
    /// The language of a translation, in its own name ("Polski", "العربية").
    @OptionalField(key: "language") var language: String?
    /// The name it was uploaded with, made safe for a download.
    @Field(key: "file_name") var fileName: String
    @Field(key: "stored_name") var storedName: String
    @Field(key: "media_type") var mediaType: String
    @Field(key: "bytes") var bytes: Int

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(
        resourceID: UUID, format: ResourceFormat, language: String?, fileName: String, storedName: String, type: ResourceFileType,
        bytes: Int
    ) {
        self.$resource.id = resourceID
        self.format = format
        self.language = language
        self.fileName = fileName
        self.storedName = storedName
        self.mediaType = type.mediaType
        self.bytes = bytes
        self.createdAt = Date()
    }

    /// "Easy read", "Translation: Polski".
    var formatLabel: String {
        if format == .translation, let language { return "Translation: \(language)" }
        return format.label
    }

    var typeLabel: String { ResourceFileType.of(fileName: fileName)?.label ?? "File" }
}

/// "Was this useful?": yes or no and an optional comment. Nothing about who answered is kept.
final class ResourceFeedback: Model, @unchecked Sendable {
    static let schema = "resource_feedback"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "resource_id") var resource: Resource

    // data
    @Field(key: "useful") var useful: Bool
    @OptionalField(key: "comment") var comment: String?

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(resourceID: UUID, useful: Bool, comment: String?) {
        self.$resource.id = resourceID
        self.useful = useful
        self.comment = comment
        self.createdAt = Date()
    }
}

/// Downloads of a resource's files, counted by calendar month: one row per resource and
/// month, added to by one atomic upsert so that downloads at the same moment are all counted.
final class ResourceDownloads: Model, @unchecked Sendable {
    static let schema = "resource_downloads"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "resource_id") var resource: Resource

    // data
    /// "2026-11" (`ResourceRules.month`).
    @Field(key: "month") var month: String
    @Field(key: "downloads") var downloads: Int

    init() {}
}
