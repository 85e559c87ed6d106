import Foundation
import TandemCore
import Vapor

/// A resource's details as a coordinator types them. Its files are uploaded on the
/// resource's own page, each as one of its formats.
struct ResourceForm: Content, Sendable {
    var title: String?
    var summary: String?
    var kind: String?
    var topics: String?
    var audiences: [String]?
    var link: String?
    var licence: String?
    var madeBy: String?
    var permission: String?
    var reviewDay: String?, reviewMonth: String?, reviewYear: String?

    enum CodingKeys: String, CodingKey {
        case title, summary, kind, topics, audiences, link, licence, permission
        case madeBy = "made-by"
        case reviewDay = "review-day", reviewMonth = "review-month", reviewYear = "review-year"
    }

    init(madeBy: String? = nil) {
        licence = ResourceLicence.standard.rawValue
        audiences = [ResourceAudience.anyone.rawValue]
        self.madeBy = madeBy
    }

    init(_ resource: Resource) {
        title = resource.title
        summary = resource.summary
        kind = resource.kind.rawValue
        topics = TopicTags.text(resource.topics)
        audiences = resource.audiences.map(\.rawValue)
        link = resource.externalURL
        licence = resource.licence.rawValue
        madeBy = resource.madeBy
        permission = resource.permission
        let review = DateParts(resource.reviewOn)
        (reviewDay, reviewMonth, reviewYear) = (review.day, review.month, review.year)
    }

    var reviewDate: DateParts { DateParts(day: reviewDay ?? "", month: reviewMonth ?? "", year: reviewYear ?? "") }

    struct Valid: Sendable {
        let title: String
        let summary: String
        let kind: ResourceKind
        let topics: [String]
        let audiences: [ResourceAudience]
        let link: String?
        let licence: ResourceLicence
        let madeBy: String
        let permission: String?
        let reviewOn: Date?

        func apply(to resource: Resource) {
            resource.title = title
            resource.summary = summary
            resource.kind = kind
            resource.topics = topics
            resource.audiences = audiences
            resource.externalURL = link
            resource.licence = licence
            resource.madeBy = madeBy
            resource.permission = permission
            resource.reviewOn = reviewOn
        }
    }

    func validate() -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter the resource's title", name: "The title"),
            "title")
        let summary = errors.check(
            FieldRules.requiredText(
                summary, maximum: 600, missing: "Say in a sentence or two what it is and who it helps", name: "The summary"),
            "summary")
        let kind = errors.check(
            FieldRules.choice(kind, as: ResourceKind.self, missing: "Choose what kind of resource it is"), "kind")
        let topics = errors.check(TopicTags.parse(topics), "topics")
        let chosen = (audiences ?? []).compactMap(ResourceAudience.init(rawValue:))
        if chosen.isEmpty { errors.add("audiences", "Choose who it is for") }
        let link = errors.check(FieldRules.optional(link, WebAddress.self), "link")
        if kind == .link, link == .some(nil) { errors.add("link", "Enter the web address the link goes to") }
        let licence = errors.check(FieldRules.choice(licence, as: ResourceLicence.self, missing: "Choose its licence"), "licence")
        let madeBy = errors.check(
            FieldRules.requiredText(
                madeBy, maximum: TextLimit.title, missing: "Enter the organisation that made it", name: "The maker"),
            "made-by")
        let permission = errors.check(
            FieldRules.optionalText(permission, maximum: TextLimit.short, name: "The permission to share"), "permission")
        let review = errors.check(FieldRules.optionalDate(reviewDate, name: "The review date"), "review")
        return errors.result {
            guard let title, let summary, let kind, let topics, !chosen.isEmpty, let link, let licence, let madeBy,
                let permission, let review
            else { return nil }
            // "Anyone" already covers every audience.
            let audiences =
                chosen.contains(.anyone) ? [ResourceAudience.anyone] : ResourceAudience.allCases.filter(chosen.contains)
            return Valid(
                title: title, summary: summary, kind: kind, topics: topics, audiences: audiences, link: link, licence: licence,
                madeBy: madeBy, permission: permission, reviewOn: review)
        }
    }
}

/// A file for a resource: which format it is and, for a translation, its language.
/// Sent with the file in an upload form, so it arrives as the upload's fields.
struct ResourceFileForm: Sendable {
    var format: String?
    var language: String?

    init(format: String? = ResourceFormat.standard.rawValue, language: String? = nil) {
        self.format = format
        self.language = language
    }

    init(fields: [String: String]) {
        self.init(format: fields["format"], language: fields["language"])
    }

    struct Valid: Sendable {
        let format: ResourceFormat
        let language: String?
        let type: ResourceFileType
    }

    func validate(fileName: String, hasFile: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let format = errors.check(
            FieldRules.choice(format, as: ResourceFormat.self, missing: "Choose which version this file is"), "format")
        let language = errors.check(FieldRules.optionalText(language, maximum: 60, name: "The language"), "language")
        if format == .translation, language == .some(nil) { errors.add("language", "Enter the language of the translation") }
        let type = errors.check(
            ResourceFileType.check(fileName: fileName, hasFile: hasFile, missing: "Choose the file to upload"), "file")
        return errors.result {
            guard let format, let language, let type else { return nil }
            return Valid(format: format, language: language, type: type)
        }
    }
}

/// An event's materials (slides, a handout, the recording), published to the library in one step.
struct EventMaterialsForm: Sendable {
    var title: String?
    var kind: String?

    init(title: String?, kind: String? = ResourceKind.slides.rawValue) {
        self.title = title
        self.kind = kind
    }

    init(fields: [String: String]) { self.init(title: fields["title"], kind: fields["kind"]) }

    struct Valid: Sendable {
        let title: String
        let kind: ResourceKind
        let type: ResourceFileType
    }

    func validate(fileName: String, hasFile: Bool) -> Result<Valid, FormErrors> {
        var errors = FormErrors()
        let title = errors.check(
            FieldRules.requiredText(title, maximum: TextLimit.title, missing: "Enter a title for the library", name: "The title"),
            "title")
        let kind = errors.check(FieldRules.choice(kind, as: ResourceKind.self, missing: "Choose what it is"), "kind")
        let type = errors.check(
            ResourceFileType.check(fileName: fileName, hasFile: hasFile, missing: "Choose the file to publish"), "materials-file")
        return errors.result {
            guard let title, let kind, let type else { return nil }
            return Valid(title: title, kind: kind, type: type)
        }
    }
}
