import Fluent
import Foundation

/// The agreed coding of a comment that coders disagreed on: who settled it and when.
/// The agreed themes are the comment's codings that are not set aside (`Coding.setAside`).
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class CodingSettlement: Model, @unchecked Sendable {
    static let schema = "coding_settlements"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    @Parent(key: "feedback_item_id") var item: FeedbackItem
    @OptionalParent(key: "settled_by_id") var settledBy: Person?

    // data
    /// Why, in the settler's words, when they gave a reason.
    @OptionalField(key: "note") var note: String?

    // timestamps
    @Field(key: "settled_at") var settledAt: Date

    init() {}

    init(projectID: UUID, itemID: UUID, settledByID: UUID?, note: String?) {
        self.$project.id = projectID
        self.$item.id = itemID
        self.$settledBy.id = settledByID
        self.note = note
        self.settledAt = Date()
    }
}
