import Fluent
import Foundation
import TandemCore

/// One piece of experience data: a comment, a quote, a note, a clip of a story.
/// The golden thread starts here. Its text is kept as given (for the team) and
/// redacted (for everyone else).
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class FeedbackItem: Model, @unchecked Sendable {
    static let schema = "feedback_items"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    /// The project's partner organisation, copied here so an organisation's library is one indexed query.
    @Parent(key: "organisation_id") var organisation: Organisation
    /// The person who gave it, when known (so they can be told what it changed).
    @OptionalParent(key: "contributor_id") var contributor: Person?
    @OptionalParent(key: "added_by_id") var addedBy: Person?

    // data
    @Field(key: "method") var method: EvidenceMethod
    /// Where it came from: "survey", "activity", "story", "import" or "manual", and which one.
    @Field(key: "source_kind") var sourceKind: String
    @OptionalField(key: "source_id") var sourceID: UUID?
    @Field(key: "text") var text: String
    @Field(key: "redacted_text") var redactedText: String
    @OptionalField(key: "occurred_on") var occurredOn: Date?
    @OptionalField(key: "service") var service: String?
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "question") var question: String?
    @Field(key: "consent_scope") var consentScope: ConsentScope
    /// Identifies repeats of the same imported row.
    @OptionalField(key: "fingerprint") var fingerprint: String?
    @Field(key: "is_demo") var isDemo: Bool

    // coding (see ItemReview for each coder's own calls)
    /// A coder found it worth quoting; publication still needs the giver's consent (see QuoteRules).
    @Field(key: "quotable") var quotable: Bool
    /// The sentiment its latest coder gave it.
    @OptionalField(key: "sentiment") var sentiment: SentimentClass?
    /// When someone first coded it: the coding queue is the items without one.
    @OptionalField(key: "coded_at") var codedAt: Date?

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(
        projectID: UUID, organisationID: UUID, method: EvidenceMethod, sourceKind: String, sourceID: UUID?, text: String,
        redactedText: String, consentScope: ConsentScope, occurredOn: Date? = nil, service: String? = nil,
        rating: Int? = nil, question: String? = nil, contributorID: UUID? = nil, addedByID: UUID? = nil,
        fingerprint: String? = nil, isDemo: Bool = false
    ) {
        self.$project.id = projectID
        self.$organisation.id = organisationID
        self.method = method
        self.sourceKind = sourceKind
        self.sourceID = sourceID
        self.text = text
        self.redactedText = redactedText
        self.consentScope = consentScope
        self.occurredOn = occurredOn
        self.service = service
        self.rating = rating
        self.question = question
        self.$contributor.id = contributorID
        self.$addedBy.id = addedByID
        self.fingerprint = fingerprint
        self.isDemo = isDemo
        self.quotable = false
        self.createdAt = Date()
    }
    var mayBeQuoted: Bool { QuoteRules.mayQuote(quotable: quotable, scope: consentScope) }
}

extension FeedbackItem: ProjectOwned {
    static var routeParameter: RouteParameter { .feedbackItem }
    static var projectKey: ProjectKey<FeedbackItem> { \.$project }
}
