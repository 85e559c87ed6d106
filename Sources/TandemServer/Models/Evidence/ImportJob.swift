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
    /// Rows with a rating but no comment: skipped, counted, and listed (the first 500 lines).
    @Field(key: "without_comment_rows") var withoutCommentRows: Int
    @OptionalField(key: "without_comment_lines") var withoutCommentLines: [Int]?
    /// Rows the check found would be imported: not a problem, not without a comment, not already in Tandem.
    @Field(key: "importable_rows") var importableRows: Int
    /// Chosen by the person: import the rows without problems and skip those with one.
    @Field(key: "skip_problem_rows") var skipProblemRows: Bool
    @Field(key: "problem_rows_skipped") var problemRowsSkipped: Int

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
        self.withoutCommentRows = 0
        self.importableRows = 0
        self.skipProblemRows = false
        self.problemRowsSkipped = 0
    }

    /// The rows that will not be imported, as CSV beside the upload (see `NotImportedFile`).
    var notImportedName: String { storedName + ".not-imported.csv" }

    enum Status: String, Codable, Sendable {
        case uploaded, checking, invalid, ready, importing, done, failed
    }

}

extension ImportJob: ProjectOwned {
    static var routeParameter: RouteParameter { .importJob }
    static var projectKey: ProjectKey<ImportJob> { \.$project }
}
