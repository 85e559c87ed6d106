import Fluent
import Foundation

/// An outcome the project and its partner agreed to aim for.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ProjectOutcome: Model, @unchecked Sendable {
    static let schema = "project_outcomes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "position") var position: Int
    @Field(key: "text") var text: String

    init() {}

    init(projectID: UUID, position: Int, text: String) {
        self.$project.id = projectID
        self.position = position
        self.text = text
    }
}
