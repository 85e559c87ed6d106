import Fluent
import Foundation

/// A theme given to a piece of evidence, and who gave it: a person (who may
/// have accepted a suggestion, which is remembered with the model's version)
/// or the model alone.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Coding: Model, @unchecked Sendable {
    static let schema = "codings"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    @Parent(key: "feedback_item_id") var item: FeedbackItem
    @Parent(key: "theme_id") var theme: Theme
    /// The person who coded it; nil when the model did.
    @OptionalParent(key: "coder_id") var coder: Person?

    // data
    /// What suggested it, when it was a suggestion: "Built-in codebook" or "Project model version 3".
    @OptionalField(key: "suggested_by") var suggestedBy: String?
    @OptionalField(key: "confidence") var confidence: Double?
    /// Left out of the comment's agreed coding when coders' disagreement was settled
    /// (see `CodingSettlement`); kept so agreement between coders is measured on what each said.
    @Field(key: "set_aside") var setAside: Bool

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(projectID: UUID, itemID: UUID, themeID: UUID, coderID: UUID?, suggestedBy: String?, confidence: Double?) {
        self.$project.id = projectID
        self.$item.id = itemID
        self.$theme.id = themeID
        self.$coder.id = coderID
        self.suggestedBy = suggestedBy
        self.confidence = confidence
        self.setAside = false
        self.createdAt = Date()
    }
}
