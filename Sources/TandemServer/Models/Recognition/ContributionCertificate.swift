import Fluent
import Foundation

/// A certificate of contribution: a coordinator's thanks, in words a partner can put on a CV, for
/// what they gave over a period. Audited: it is about a person.
final class ContributionCertificate: Model, @unchecked Sendable {
    var auditNote: AuditNote?

    static let schema = "contribution_certificates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    /// "CC-2026-0007": printed on the certificate so it can be checked.
    @Field(key: "number") var number: String
    /// What it is for: "Member of the Check and Challenge Group".
    @Field(key: "title") var title: String
    /// What they did and what it changed, in the coordinator's words.
    @Field(key: "citation") var citation: String
    @Field(key: "from_day") var fromDay: Date
    @Field(key: "to_day") var toDay: Date
    @OptionalField(key: "hours") var hours: Double?
    @OptionalParent(key: "issued_by_id") var issuedBy: Person?
    /// The name and role printed as the signature, kept as written when it was issued.
    @Field(key: "signed_by") var signedBy: String
    @Field(key: "issued_at") var issuedAt: Date

    init() {}

    init(
        personID: UUID, number: String, title: String, citation: String, fromDay: Date, toDay: Date, hours: Double?,
        issuedByID: UUID?, signedBy: String
    ) {
        self.$person.id = personID
        self.number = number
        self.title = title
        self.citation = citation
        self.fromDay = fromDay
        self.toDay = toDay
        self.hours = hours
        self.$issuedBy.id = issuedByID
        self.signedBy = signedBy
        self.issuedAt = Date()
    }
}

extension ContributionCertificate: AuditedRecord {
    static let auditType = AuditRecordType.contributionCertificate
    var auditSubjectPersonID: UUID? { $person.id }
}
