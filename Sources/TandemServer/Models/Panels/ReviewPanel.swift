import Fluent
import Foundation
import TandemCore

/// A patient-led peer review panel: the organisation it serves, its terms of reference, how many
/// projects a meeting takes and whether people outside Tandem may bring a project on the public form.
// Fluent models are classes with property wrappers; Fluent hands each instance
// to one task at a time, which is why the compiler's check is waived here.
final class ReviewPanel: Model, @unchecked Sendable {
    static let schema = "review_panels"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "name") var name: String
    @Field(key: "terms_of_reference") var termsOfReference: String
    @Field(key: "projects_per_meeting") var projectsPerMeeting: Int
    @Field(key: "public_submissions") var publicSubmissions: Bool
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, name: String, termsOfReference: String, projectsPerMeeting: Int, isDemo: Bool = false) {
        self.$organisation.id = organisationID
        self.name = name
        self.termsOfReference = termsOfReference
        self.projectsPerMeeting = projectsPerMeeting
        self.publicSubmissions = false
        self.isDemo = isDemo
        self.createdAt = Date()
    }
}

/// A patient member of a panel, with their role and term. Audited: it is a record about a person.
final class PanelMember: Model, @unchecked Sendable {
    /// What the next write records in the audit log (see `AuditedRecord`); not a column.
    var auditNote: AuditNote?

    static let schema = "panel_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "panel_id") var panel: ReviewPanel
    @Parent(key: "person_id") var person: Person
    @Field(key: "role") var role: PanelRole
    @Field(key: "term_starts") var termStarts: Date
    @OptionalField(key: "term_ends") var termEnds: Date?

    init() {}

    init(panelID: UUID, personID: UUID, role: PanelRole, termStarts: Date, termEnds: Date?) {
        self.$panel.id = panelID
        self.$person.id = personID
        self.role = role
        self.termStarts = termStarts
        self.termEnds = termEnds
    }

    /// On the panel on `day`: the term has started and not ended.
    func isServing(on day: Date) -> Bool { termStarts <= day && (termEnds.map { day <= $0 } ?? true) }
}

extension PanelMember: AuditedRecord {
    static let auditType = AuditRecordType.panelMember
    var auditSubjectPersonID: UUID? { $person.id }
}

/// A panel meeting: an event, with the panel it belongs to.
final class PanelMeeting: Model, @unchecked Sendable {
    static let schema = "panel_meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "panel_id") var panel: ReviewPanel
    @Parent(key: "event_id") var event: Event

    init() {}

    init(panelID: UUID, eventID: UUID) {
        self.$panel.id = panelID
        self.$event.id = eventID
    }
}
