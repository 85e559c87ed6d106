import Fluent
import Foundation
import TandemCore

/// One person's coding of one piece of evidence as a whole: that they coded
/// it (so themes they left out count as "not this theme" when agreement is
/// worked out), the sentiment they gave it and whether they found it quotable.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ItemReview: Model, @unchecked Sendable {
    static let schema = "item_reviews"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    @Parent(key: "feedback_item_id") var item: FeedbackItem
    @Parent(key: "coder_id") var coder: Person

    // data
    @Field(key: "sentiment") var sentiment: SentimentClass
    @Field(key: "quotable") var quotable: Bool

    // timestamps
    @Field(key: "coded_at") var codedAt: Date

    init() {}

    init(projectID: UUID, itemID: UUID, coderID: UUID, sentiment: SentimentClass, quotable: Bool) {
        self.$project.id = projectID
        self.$item.id = itemID
        self.$coder.id = coderID
        self.sentiment = sentiment
        self.quotable = quotable
        self.codedAt = Date()
    }
}
