import Fluent
import Foundation
import TandemCore

/// An organisation's paid membership of the charity, which funds project work.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class Membership: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "memberships"

    @ID(key: .id) var id: UUID?

    @Parent(key: "organisation_id") var organisation: Organisation

    @Field(key: "tier") var tier: MembershipTier
    @Field(key: "starts_on") var startsOn: Date
    @Field(key: "renews_on") var renewsOn: Date
    @OptionalField(key: "notes") var notes: String?

    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, tier: MembershipTier, startsOn: Date, renewsOn: Date, notes: String? = nil) {
        self.$organisation.id = organisationID
        self.tier = tier
        self.startsOn = startsOn
        self.renewsOn = renewsOn
        self.notes = notes
    }

    func status(on today: Date = Date()) -> MembershipStatus {
        MembershipStatus.on(today, starts: startsOn, renews: renewsOn)
    }
}

extension Membership: AuditedRecord {
    static let auditType = AuditRecordType.membership
    var auditSubjectPersonID: UUID? { nil }
}
