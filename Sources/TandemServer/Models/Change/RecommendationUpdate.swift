import Fluent
import Foundation
import TandemCore

/// Progress on a recommendation: what was done, with a link to the evidence,
/// and the change of status it brought, if any.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class RecommendationUpdate: Model, @unchecked Sendable {
    static let schema = "recommendation_updates"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "recommendation_id") var recommendation: Recommendation
    @OptionalParent(key: "author_id") var author: Person?

    // data
    @Field(key: "written_on") var writtenOn: Date
    @Field(key: "text") var text: String
    @OptionalField(key: "evidence_link") var evidenceLink: String?
    /// An evidence file kept under the data folder, and the name it was uploaded with.
    @OptionalField(key: "evidence_file") var evidenceFile: String?
    @OptionalField(key: "evidence_file_name") var evidenceFileName: String?
    @OptionalField(key: "status_from") var statusFrom: String?
    @OptionalField(key: "status_to") var statusTo: String?

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(
        recommendationID: UUID, authorID: UUID?, writtenOn: Date, text: String, evidenceLink: String?,
        statusFrom: RecommendationStatus? = nil, statusTo: RecommendationStatus? = nil
    ) {
        self.$recommendation.id = recommendationID
        self.$author.id = authorID
        self.writtenOn = writtenOn
        self.text = text
        self.evidenceLink = evidenceLink
        self.statusFrom = statusFrom?.rawValue
        self.statusTo = statusTo?.rawValue
        self.createdAt = Date()
    }
}
