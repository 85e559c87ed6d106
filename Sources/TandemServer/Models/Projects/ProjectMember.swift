import Fluent
import Foundation
import TandemCore

/// A person on a project team, with their role in it.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ProjectMember: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "project_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: ProjectRole

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(projectID: UUID, personID: UUID, role: ProjectRole) {
        self.$project.id = projectID
        self.$person.id = personID
        self.role = role
    }
}

extension ProjectMember: AuditedRecord {
    static let auditType = AuditRecordType.teamMember
    var auditSubjectPersonID: UUID? { $person.id }
}
