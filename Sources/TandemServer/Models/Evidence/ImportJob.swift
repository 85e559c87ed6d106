import Fluent
import Foundation
import TandemCore

/// An uploaded file of feedback on its way in: uploaded, mapped, checked, imported.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ImportJob: Model, @unchecked Sendable {
    static let schema = "import_jobs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @OptionalParent(key: "created_by_id") var createdBy: Person?

    @Field(key: "file_name") var fileName: String
    /// The stored copy's name under the data folder.
    @Field(key: "stored_name") var storedName: String
    @Field(key: "status") var state: Status
    @OptionalField(key: "mapping") var mapping: String?
    @Field(key: "consent_scope") var consentScope: ConsentScope
    @Field(key: "total_rows") var totalRows: Int
    @Field(key: "imported_rows") var importedRows: Int
    @Field(key: "duplicate_rows") var duplicateRows: Int
    /// Problems found, one "line N: reason" per entry (the first 500).
    @Field(key: "problems") var problems: [String]
    @Field(key: "problem_count") var problemCount: Int

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?
    /// Written now and then while a check or an import runs (see `ImportRecovery`).
    @OptionalField(key: "heartbeat_at") var heartbeatAt: Date?

    init() {}

    init(projectID: UUID, createdByID: UUID?, fileName: String, storedName: String) {
        self.$project.id = projectID
        self.$createdBy.id = createdByID
        self.fileName = fileName
        self.storedName = storedName
        self.state = .uploaded
        self.consentScope = ConsentScope.organisation
        self.totalRows = 0
        self.importedRows = 0
        self.duplicateRows = 0
        self.problems = []
        self.problemCount = 0
    }

    enum Status: String, Codable, Sendable {
        case uploaded, checking, invalid, ready, importing, done, failed
    }

}

extension ImportJob: ProjectOwned {
    static var routeParameter: RouteParameter { .importJob }
    static var projectKey: ProjectKey<ImportJob> { \.$project }
}
