import Fluent
import Foundation

/// A theme in a project's codebook: one of the built-in themes (which carry
/// the `key` of `DefaultCodebook`) or one the team added.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Theme: Model, @unchecked Sendable {
    static let schema = "themes"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "project_id") var project: Project
    @OptionalParent(key: "parent_id") var parent: Theme?

    // data
    /// The built-in theme this came from, so suggestions can be matched to it.
    @OptionalField(key: "key") var key: String?
    @Field(key: "name") var name: String
    @Field(key: "description") var details: String

    // timestamps
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(projectID: UUID, key: String?, name: String, details: String, parentID: UUID? = nil) {
        self.$project.id = projectID
        self.key = key
        self.name = name
        self.details = details
        self.$parent.id = parentID
        self.createdAt = Date()
    }

    /// How suggestions name this theme: the built-in key, or the theme's own id.
    var label: String { key ?? (id?.lowercasedString ?? name) }
}

extension Theme: ProjectOwned {
    static var routeParameter: RouteParameter { .theme }
    static var projectKey: ProjectKey<Theme> { \.$project }
}
