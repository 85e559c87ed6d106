import Fluent
import Foundation
import TandemCore

/// Someone's place at an event (or on its waiting list), with what they need to take part.
/// Made without an account on the public page, or in one click by someone signed in
/// (then `person` is set). Access needs are personal data: only organisers see them.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class EventRegistration: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "event_registrations"

    // identity
    @ID(key: .id) var id: UUID?

    // references
    @Parent(key: "event_id") var event: Event
    @OptionalParent(key: "person_id") var person: Person?

    // data
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @OptionalField(key: "phone") var phone: String?
    /// Organisation or GP practice, as typed.
    @OptionalField(key: "organisation_text") var organisationText: String?
    @Field(key: "access_needs") var accessNeeds: [String]
    @OptionalField(key: "access_other") var accessOther: String?
    @OptionalField(key: "dietary") var dietary: String?
    @Field(key: "contact_about_future") var contactAboutFuture: Bool
    @Field(key: "status") var status: RegistrationStatus
    /// Order of joining, unique within the event: the waiting list is promoted in this order.
    @Field(key: "position") var position: Int
    /// A hash of the personal cancel link's token (the token is only in the person's email).
    @Field(key: "cancel_token_hash") var cancelTokenHash: String
    /// The code shown with the check-in QR code, typed by the organiser when a camera cannot read it.
    @Field(key: "check_in_code") var checkInCode: String
    @OptionalField(key: "attendance") var attendance: Attendance?

    // timestamps
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "cancelled_at") var cancelledAt: Date?

    init() {}

    init(
        eventID: UUID, personID: UUID?, name: String, email: String, status: RegistrationStatus, position: Int,
        cancelTokenHash: String, checkInCode: String
    ) {
        self.$event.id = eventID
        self.$person.id = personID
        self.name = name
        self.email = email
        self.accessNeeds = []
        self.contactAboutFuture = false
        self.status = status
        self.position = position
        self.cancelTokenHash = cancelTokenHash
        self.checkInCode = checkInCode
        self.createdAt = Date()
    }
}

extension EventRegistration: AuditedRecord {
    static let auditType = AuditRecordType.eventRegistration
    var auditSubjectPersonID: UUID? { $person.id }
}
