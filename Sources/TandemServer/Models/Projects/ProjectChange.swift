import Fluent
import Foundation

/// One change to an agreed proposal (outcomes and milestones), kept so that
/// both partners can see what was agreed and what changed since.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ProjectChange: Model, @unchecked Sendable {
    static let schema = "project_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @OptionalParent(key: "changed_by_id") var changedBy: Person?
    /// "stage" for stage moves, "outcome" or "milestone" for proposal changes.
    @Field(key: "kind") var kind: String
    @Field(key: "summary") var summary: String
    @Field(key: "at") var at: Date

    init() {}

    init(projectID: UUID, kind: String, summary: String, by personID: UUID?, at: Date = Date()) {
        self.$project.id = projectID
        self.kind = kind
        self.summary = summary
        self.$changedBy.id = personID
        self.at = at
    }
}
