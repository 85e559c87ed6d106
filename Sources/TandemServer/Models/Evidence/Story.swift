import Fluent
import Foundation
import TandemCore

/// A community reporting story: a recording (uploaded, or a link) and its
/// transcript, told with the storyteller's consent for who may see it.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Story: Model, @unchecked Sendable {
    static let schema = "stories"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    /// The storyteller, when they are known to Tandem and want to be named to the team.
    @OptionalParent(key: "storyteller_id") var storyteller: Person?

    @Field(key: "title") var title: String
    @Field(key: "consent_scope") var consentScope: ConsentScope
    @Field(key: "transcript") var transcript: String
    @OptionalField(key: "recording_link") var recordingLink: String?
    /// The uploaded file's name under the data folder, its type and size.
    @OptionalField(key: "recording_file") var recordingFile: String?
    @OptionalField(key: "recording_type") var recordingType: String?
    @OptionalField(key: "recording_bytes") var recordingBytes: Int?
    @Field(key: "is_demo") var isDemo: Bool

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        projectID: UUID, title: String, storytellerID: UUID?, consentScope: ConsentScope, transcript: String,
        recordingLink: String?, isDemo: Bool = false
    ) {
        self.$project.id = projectID
        self.title = title
        self.$storyteller.id = storytellerID
        self.consentScope = consentScope
        self.transcript = transcript
        self.recordingLink = recordingLink
        self.isDemo = isDemo
    }
}

extension Story: ProjectOwned {
    static var routeParameter: RouteParameter { .story }
    static var projectKey: ProjectKey<Story> { \.$project }
}
