import Fluent
import Foundation
import TandemCore

/// What should change, who will do it and by when, and how far it has got.
/// Its life is `RecommendationStatus`; the rules for moving it are in `RecommendationRules`.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Recommendation: Model, @unchecked Sendable {
    static let schema = "recommendations"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    /// The organisation that must act on it.
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "owner_id") var owner: Person?

    // data
    @Field(key: "text") var text: String
    @Field(key: "priority") var priority: RecommendationPriority
    @OptionalField(key: "due_on") var dueOn: Date?
    @Field(key: "status") var status: RecommendationStatus
    /// Why it was declined; shown to the public too.
    @OptionalField(key: "decline_reason") var declineReason: String?
    @OptionalField(key: "implemented_on") var implementedOn: Date?
    /// When the owner is asked whether the change has held.
    @OptionalField(key: "review_due_on") var reviewDueOn: Date?
    @OptionalField(key: "review_requested_at") var reviewRequestedAt: Date?
    /// A new due date the acting organisation proposed for overdue work, why, and who asked;
    /// the project's coordinator agrees it or keeps the old date.
    @OptionalField(key: "proposed_due_on") var proposedDueOn: Date?
    @OptionalField(key: "proposed_due_reason") var proposedDueReason: String?
    @OptionalParent(key: "proposed_due_by_id") var proposedDueBy: Person?
    /// Shown on the public "You said, we did" pages once the team has checked it.
    @Field(key: "is_published") var isPublished: Bool
    @Field(key: "is_demo") var isDemo: Bool

    // timestamps
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(
        projectID: UUID, organisationID: UUID, ownerID: UUID?, text: String, priority: RecommendationPriority, dueOn: Date?,
        isDemo: Bool = false
    ) {
        self.$project.id = projectID
        self.$organisation.id = organisationID
        self.$owner.id = ownerID
        self.text = text
        self.priority = priority
        self.dueOn = dueOn
        self.status = RecommendationStatus.proposed
        self.isPublished = false
        self.isDemo = isDemo
        self.createdAt = Date()
        self.updatedAt = Date()
    }
}

enum RecommendationPriority: String, CaseIterable, Codable, Sendable {
    case high, medium, low

    var label: String { rawValue.capitalized }
}

/// A finding a recommendation rests on.
// See Recommendation for why the compiler's check is waived.
final class RecommendationFinding: Model, @unchecked Sendable {
    static let schema = "recommendation_findings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "recommendation_id") var recommendation: Recommendation
    @Parent(key: "finding_id") var finding: Finding

    init() {}

    init(recommendationID: UUID, findingID: UUID) {
        self.$recommendation.id = recommendationID
        self.$finding.id = findingID
    }
}

extension Recommendation: ProjectOwned {
    static var routeParameter: RouteParameter { .recommendation }
    static var projectKey: ProjectKey<Recommendation> { \.$project }
}
