import Fluent
import Foundation

/// A plain-English statement of what the evidence shows, linked to the
/// themes it is about and the pieces of evidence that support it.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Finding: Model, @unchecked Sendable {
    static let schema = "findings"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    @OptionalParent(key: "created_by_id") var createdBy: Person?

    // data
    @Field(key: "statement") var statement: String

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(projectID: UUID, statement: String, createdByID: UUID?) {
        self.$project.id = projectID
        self.statement = statement
        self.$createdBy.id = createdByID
        self.createdAt = Date()
    }
}

/// A theme a finding is about.
// See Finding for why the compiler's check is waived.
final class FindingTheme: Model, @unchecked Sendable {
    static let schema = "finding_themes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "finding_id") var finding: Finding
    @Parent(key: "theme_id") var theme: Theme

    init() {}

    init(findingID: UUID, themeID: UUID) {
        self.$finding.id = findingID
        self.$theme.id = themeID
    }
}

/// A piece of evidence behind a finding; a quote when it may be shown in its words.
// See Finding for why the compiler's check is waived.
final class FindingEvidence: Model, @unchecked Sendable {
    static let schema = "finding_evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "finding_id") var finding: Finding
    @Parent(key: "feedback_item_id") var item: FeedbackItem
    @Field(key: "is_quote") var isQuote: Bool

    init() {}

    init(findingID: UUID, itemID: UUID, isQuote: Bool) {
        self.$finding.id = findingID
        self.$item.id = itemID
        self.isQuote = isQuote
    }
}

extension Finding: ProjectOwned {
    static var routeParameter: RouteParameter { .finding }
    static var projectKey: ProjectKey<Finding> { \.$project }
}
