import Fluent
import Foundation
import TandemCore

/// A trust, ICB, PCN, GP practice, charity, local authority or group.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Organisation: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "organisations"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @OptionalParent(key: "parent_id") var parent: Organisation?
    @Children(for: \.$parent) var children: [Organisation]

    // data
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: OrganisationKind
    @OptionalField(key: "ods_code") var odsCode: String?
    @OptionalField(key: "description") var summary: String?
    /// A GP practice's postcode, from NHS Digital's registration files or typed in: the
    /// public PPG directory is searched by its district.
    @OptionalField(key: "postcode") var postcode: String?
    /// Lower-case name and ODS code, so that search is case-insensitive on
    /// SQLite and PostgreSQL alike.
    @Field(key: "search_text") var searchText: String
    @Field(key: "is_demo") var isDemo: Bool
    @OptionalField(key: "archived_at") var archivedAt: Date?

    // timestamps
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        name: String, kind: OrganisationKind, odsCode: String? = nil, parentID: UUID? = nil,
        summary: String? = nil, isDemo: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.odsCode = odsCode
        self.$parent.id = parentID
        self.summary = summary
        self.isDemo = isDemo
        self.searchText = ""
        refreshSearchText()
    }

    var isArchived: Bool { archivedAt != nil }

    func refreshSearchText() {
        searchText = [name, odsCode ?? ""].joined(separator: " ").lowercased()
    }
}

extension Organisation: AuditedRecord {
    static let auditType = AuditRecordType.organisation
    var auditSubjectPersonID: UUID? { nil }
}
