import Fluent
import Foundation

/// A project's trained theme model, kept as the text engine's versioned file.
/// Only the newest is kept; `version` counts the trainings.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class StoredThemeModel: Model, @unchecked Sendable {
    static let schema = "theme_models"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project

    // data
    @Field(key: "version") var version: Int
    /// How many coded items it learnt from.
    @Field(key: "examples") var examples: Int
    @Field(key: "data") var data: Data

    // timestamps
    @Field(key: "trained_at") var trainedAt: Date

    init() {}

    init(projectID: UUID, version: Int, examples: Int, data: Data) {
        self.$project.id = projectID
        self.version = version
        self.examples = examples
        self.data = data
        self.trainedAt = Date()
    }
}
