import Fluent
import Foundation
import TandemCore

/// An improvement project with a partner organisation, from proposal to close.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Project: Model, @unchecked Sendable {
    static let schema = "projects"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalParent(key: "project_manager_id") var projectManager: Person?
    @OptionalParent(key: "replicated_from_id") var replicatedFrom: Project?
    @OptionalParent(key: "agreed_by_id") var agreedBy: Person?

    // data
    @Field(key: "title") var title: String
    @Field(key: "problem") var problem: String
    @Field(key: "aims") var aims: String
    @Field(key: "stage") var stage: ProjectStage
    @OptionalField(key: "starts_on") var startsOn: Date?
    @OptionalField(key: "ends_on") var endsOn: Date?
    /// Who agreed the proposal for the partner organisation (a name and role as they gave them).
    @OptionalField(key: "partner_signatory") var partnerSignatory: String?
    @OptionalField(key: "agreed_at") var agreedAt: Date?
    @Field(key: "search_text") var searchText: String
    @Field(key: "is_demo") var isDemo: Bool

    // the report's own words (the rest of the report is assembled from the project)
    @OptionalField(key: "report_summary") var reportSummary: String?
    @OptionalField(key: "report_background") var reportBackground: String?

    // timestamps
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        title: String, organisationID: UUID, projectManagerID: UUID?, problem: String, aims: String,
        startsOn: Date? = nil, endsOn: Date? = nil, isDemo: Bool = false
    ) {
        self.title = title
        self.$organisation.id = organisationID
        self.$projectManager.id = projectManagerID
        self.problem = problem
        self.aims = aims
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.stage = ProjectStage.proposal
        self.isDemo = isDemo
        self.searchText = title.lowercased()
    }

    var isAgreed: Bool { agreedAt != nil }
}
