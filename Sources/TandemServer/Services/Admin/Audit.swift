import Fluent
import Vapor

/// The kinds of record the audit log covers, as shown in its filter.
enum AuditRecordType: String, CaseIterable, Sendable {
    case organisation, membership, person, consent, equalityAnswers = "equality_answers", user
    case teamMember = "team_member"
    case codingDecision = "coding_decision"
    case project
    case importJob = "import"
    case recommendation
    case signIn = "sign_in"
    case eventRegistration = "event_registration"
    case ppgMember = "ppg_member"
    case trainingTeamMember = "training_team_member"
    case panelMember = "panel_member"
    case paymentChoice = "payment_choice"
    case claim
    case rateCard = "rate_card"
    case groupMember = "group_member"
    case contributionCertificate = "contribution_certificate"

    var label: String {
        switch self {
        case .organisation: "Organisation"
        case .membership: "Membership"
        case .person: "Person"
        case .consent: "Consent"
        case .equalityAnswers: "Equality monitoring answers"
        case .user: "Account"
        case .teamMember: "Project team"
        case .codingDecision: "Coding decision"
        case .project: "Project"
        case .importJob: "Import"
        case .recommendation: "Recommendation"
        case .signIn: "Signing in"
        case .eventRegistration: "Event registration"
        case .ppgMember: "PPG membership"
        case .trainingTeamMember: "Training team"
        case .panelMember: "Peer review panel"
        case .paymentChoice: "Payment choice"
        case .claim: "Claim"
        case .rateCard: "Rate card"
        case .groupMember: "Governance group"
        case .contributionCertificate: "Certificate of contribution"
        }
    }
}

enum AuditAction: String, Sendable {
    case created, updated, deleted, archived, restored
    case consentGiven = "consent_given"
    case consentWithdrawn = "consent_withdrawn"
    case statusChanged = "status_changed"
    case published, unpublished, imported, exported
    case signedIn = "signed_in"
    case signInFailed = "sign_in_failed"

    var label: String {
        switch self {
        case .created: "Created"
        case .updated: "Changed"
        case .deleted: "Deleted"
        case .archived: "Archived"
        case .restored: "Restored"
        case .consentGiven: "Consent given"
        case .consentWithdrawn: "Consent withdrawn"
        case .statusChanged: "Status changed"
        case .published: "Published"
        case .unpublished: "Taken off the public pages"
        case .imported: "Imported"
        case .exported: "Exported"
        case .signedIn: "Signed in"
        case .signInFailed: "Sign-in refused"
        }
    }
}

/// Who made a change: a signed-in person, or the command line.
struct AuditActor: Sendable {
    let personID: UUID?
    let label: String

    static let commandLine = AuditActor(personID: nil, label: "Command line")
}

/// A record as the audit log sees it: named fields with comparable values.
/// Only the names of changed fields are written to the log.
protocol Auditable {
    var auditFields: [String: String] { get }
}

enum Audit {
    static func record(
        _ action: AuditAction, _ type: AuditRecordType, id: UUID, label: String, fields: [String] = [],
        subjectPersonID: UUID? = nil, by actor: AuditActor, on db: any Database
    ) async throws {
        try await AuditEntry(
            actorPersonID: actor.personID, actorLabel: actor.label, action: action.rawValue,
            recordType: type.rawValue, recordID: id, recordLabel: label, fields: fields,
            subjectPersonID: subjectPersonID
        ).create(on: db)
    }

    /// The fields whose values differ, in a stable order.
    static func changedFields(before: [String: String], after: [String: String]) -> [String] {
        Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// For a new record: the fields that hold something.
    static func filledFields(_ fields: [String: String]) -> [String] {
        fields.filter { !$0.value.isEmpty }.keys.sorted()
    }
}

extension Request {
    var auditActor: AuditActor {
        guard let user = currentUser else { return AuditActor(personID: nil, label: "Someone not signed in") }
        return AuditActor(personID: user.personID, label: user.name)
    }
}
