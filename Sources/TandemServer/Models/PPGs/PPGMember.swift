import Fluent
import Foundation
import TandemCore

/// A person's membership of a PPG: core or wider, an office if they hold one, and when
/// they joined and left. Audited: it is a record about a person.
final class PPGMember: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "ppg_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "ppg_id") var ppg: PPG
    @Parent(key: "person_id") var person: Person

    @Field(key: "kind") var kind: PPGMembershipKind
    @OptionalField(key: "office") var office: PPGOffice?
    @Field(key: "joined_on") var joinedOn: Date
    @OptionalField(key: "left_on") var leftOn: Date?

    init() {}

    init(ppgID: UUID, personID: UUID, kind: PPGMembershipKind, office: PPGOffice?, joinedOn: Date) {
        self.$ppg.id = ppgID
        self.$person.id = personID
        self.kind = kind
        self.office = office
        self.joinedOn = joinedOn
    }

    var isCurrent: Bool { leftOn == nil }
}

extension PPGMember: AuditedRecord {
    static let auditType = AuditRecordType.ppgMember
    var auditSubjectPersonID: UUID? { $person.id }
}
