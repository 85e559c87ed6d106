import Fluent
import Foundation
import TandemCore

/// The audit log's record of work that is not a change to a person: projects, imports,
/// recommendations' status and publishing, and signing in. (Changes to records about
/// people are written by `AuditMiddleware`; coding decisions by `CodingDisagreements`.)
/// Each function is called inside the write it records, on the same database.
enum AuditTrail {
    /// A project made, or its proposal's fields changed (names only, never values).
    static func project(
        _ action: AuditAction, _ project: Project, fields: [String], by actor: AuditActor, on db: any Database
    ) async throws {
        guard action != .updated || !fields.isEmpty else { return }
        try await Audit.record(action, .project, id: project.requireID(), label: project.title, fields: fields, by: actor, on: db)
    }

    static func stageMoved(
        _ project: Project, from: ProjectStage, to: ProjectStage, by actor: AuditActor, on db: any Database
    ) async throws {
        try await Audit.record(
            .statusChanged, .project, id: project.requireID(), label: "\(project.title): \(from.label) to \(to.label)",
            fields: ["stage"], by: actor, on: db)
    }

    static func importStarted(_ job: ImportJob, rows: Int, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(
            .imported, .importJob, id: job.requireID(), label: "\(job.fileName): \(counted(rows, "row", "rows")) to import",
            fields: job.skipProblemRows ? ["skipping rows with problems"] : [], by: actor, on: db)
    }

    static func recommendationMoved(
        _ recommendation: Recommendation, from: RecommendationStatus, to: RecommendationStatus, by actor: AuditActor,
        on db: any Database
    ) async throws {
        try await Audit.record(
            .statusChanged, .recommendation, id: recommendation.requireID(),
            label: "\(recommendation.text): \(from.label) to \(to.label)", fields: ["status"], by: actor, on: db)
    }

    static func publishing(_ recommendation: Recommendation, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(
            recommendation.isPublished ? .published : .unpublished, .recommendation, id: recommendation.requireID(),
            label: recommendation.text, fields: ["published"], by: actor, on: db)
    }

    /// An event's registrations downloaded: they hold people's contact details and access needs.
    static func registrationsExported(_ event: Event, people: Int, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(
            .exported, .eventRegistration, id: event.requireID(),
            label: "Registrations for \(event.title) (\(counted(people, "person", "people")))",
            fields: ["name", "email", "phone", "access_needs", "dietary"], by: actor, on: db)
    }

    /// A claim approved, queried or marked paid: who moved it, from what to what.
    static func claimDecided(_ claim: Claim, to: ClaimStatus, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(
            .statusChanged, .claim, id: claim.requireID(),
            label: "Claim for \(CalendarDate.long(claim.day)): \(claim.status.label) to \(to.label)", fields: ["status"],
            subjectPersonID: claim.$person.id, by: actor, on: db)
    }

    /// The finance export of approved claims for a period.
    static func claimsExported(from: Date, to: Date, claims: Int, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(
            .exported, .claim, id: noRecord,
            label:
                "Claims approved \(CalendarDate.long(from)) to \(CalendarDate.long(to)) (\(counted(claims, "claim", "claims")))",
            fields: ["name", "payment_reference", "amounts"], by: actor, on: db)
    }

    /// A rate added to the rate card, or the card confirmed.
    static func rateCardChanged(_ label: String, by actor: AuditActor, on db: any Database) async throws {
        try await Audit.record(.updated, .rateCard, id: noRecord, label: label, by: actor, on: db)
    }

    /// A sign-in, or a refused one. A refused sign-in names the address typed, so an admin can
    /// see someone trying addresses; the password is never kept.
    static func signIn(_ user: User?, email: String, succeeded: Bool, on db: any Database) async throws {
        let actor = AuditActor(personID: succeeded ? user?.$person.id : nil, label: succeeded ? email : "Someone signing in")
        try await Audit.record(
            succeeded ? .signedIn : .signInFailed, .signIn, id: try user?.requireID() ?? noRecord,
            label: succeeded ? email : "Refused for \(email)", subjectPersonID: user?.$person.id, by: actor, on: db)
    }

    /// The record id of an entry that is about no record (a sign-in to an address with no account).
    static let noRecord = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
