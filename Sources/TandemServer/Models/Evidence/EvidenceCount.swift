import Fluent
import Foundation

/// How many pieces of evidence a project has by method, kept up to date as
/// evidence is added, so the dashboard never counts a hundred thousand rows.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class EvidenceCount: Model, @unchecked Sendable {
    static let schema = "evidence_counts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "method") var method: String
    @Field(key: "count") var count: Int

    init() {}
}
